package ru.nastavnik.account;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The rules of an invitation link: it works once, for {@link #LINK_LIFETIME} after its letter was written; once a
 * password is set through one of a person's links, none of them works any more. A new letter is made at most once per
 * {@link #NEW_LETTER_PAUSE}, so a form that anyone may fill in cannot flood a mailbox.
 */
final class InvitationTerms {

    static final Duration LINK_LIFETIME = Duration.ofDays(7);
    static final Duration NEW_LETTER_PAUSE = Duration.ofMinutes(10);

    /** What a link opens. */
    enum LinkState { VALID, USED, EXPIRED, UNKNOWN }

    private InvitationTerms() {
    }

    static LinkState state(Invitation invitation, LocalDateTime now) {
        if (invitation == null || invitation.expiresAt() == null) {
            return LinkState.UNKNOWN;
        }
        if (invitation.usedAt() != null) {
            return LinkState.USED;
        }
        return now.isBefore(invitation.expiresAt()) ? LinkState.VALID : LinkState.EXPIRED;
    }

    static LocalDateTime expiry(LocalDateTime issuedAt) {
        return issuedAt.plus(LINK_LIFETIME);
    }

    /** Whether another letter may be made now, given the person's letters so far. */
    static boolean mayWriteAnother(List<Invitation> letters, LocalDateTime now) {
        return letters.stream().noneMatch(letter -> now.isBefore(letter.requestedAt().plus(NEW_LETTER_PAUSE)));
    }
}
