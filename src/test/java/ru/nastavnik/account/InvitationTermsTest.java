package ru.nastavnik.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.account.InvitationTerms.LinkState;
import ru.nastavnik.common.LinkTokens;

class InvitationTermsTest {

    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 9, 1, 10, 0);

    @Test
    void aLinkWorksForSevenDaysAfterItsLetterWasWritten() {
        Invitation letter = letter(WRITTEN, null);
        assertThat(InvitationTerms.state(letter, WRITTEN)).isEqualTo(LinkState.VALID);
        assertThat(InvitationTerms.state(letter, WRITTEN.plusDays(7).minusSeconds(1))).isEqualTo(LinkState.VALID);
        assertThat(InvitationTerms.state(letter, WRITTEN.plusDays(7))).isEqualTo(LinkState.EXPIRED);
    }

    @Test
    void aUsedLinkStaysUsedEvenBeforeItExpires() {
        assertThat(InvitationTerms.state(letter(WRITTEN, WRITTEN.plusHours(1)), WRITTEN.plusHours(2))).isEqualTo(LinkState.USED);
        assertThat(InvitationTerms.state(letter(WRITTEN, WRITTEN.plusHours(1)), WRITTEN.plusDays(30))).isEqualTo(LinkState.USED);
    }

    @Test
    void anUnknownTokenOrALetterNotYetWrittenOpensNothing() {
        assertThat(InvitationTerms.state(null, WRITTEN)).isEqualTo(LinkState.UNKNOWN);
        Invitation notWritten = new Invitation("i", "u@school.example", "s1", WRITTEN, null, null, null);
        assertThat(InvitationTerms.state(notWritten, WRITTEN)).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void aNewLetterIsMadeAtMostOnceInTenMinutes() {
        List<Invitation> letters = List.of(letter(WRITTEN, null));
        assertThat(InvitationTerms.mayWriteAnother(List.of(), WRITTEN)).isTrue();
        assertThat(InvitationTerms.mayWriteAnother(letters, WRITTEN.plusMinutes(9))).isFalse();
        assertThat(InvitationTerms.mayWriteAnother(letters, WRITTEN.plusMinutes(10))).isTrue();
    }

    @Test
    void tokensAreRandomUrlSafeAndOnlyTheirShapeIsHashed() {
        String token = LinkTokens.fresh();
        assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(LinkTokens.fresh());
        assertThat(LinkTokens.hashOf(token)).hasValueSatisfying(hash -> assertThat(hash).hasSize(64).doesNotContain(token));
        assertThat(LinkTokens.hashOf(token + "x")).isEmpty();
        assertThat(LinkTokens.hashOf("../../etc/passwd")).isEmpty();
        assertThat(LinkTokens.hashOf(null)).isEmpty();
    }

    private static Invitation letter(LocalDateTime written, LocalDateTime used) {
        return new Invitation("i", "u@school.example", "s1", written, InvitationTerms.expiry(written), written, used);
    }
}
