package ru.nastavnik.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.RussianDates;
import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;

/**
 * The invitation letter: sent once (key {@code account-invitation:<id>}); a fresh link is made just before it leaves, so
 * a retry after a failed attempt neither sends twice nor spoils a link already in the mailbox. Logs name the letter only.
 */
@Component
class InvitationMail {

    static final String SUBJECT = "Приглашение в систему «Наставник»: задайте пароль";
    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    private final Mailer mailer;
    private final Invitations invitations;
    private final IdentityService identity;
    private final Clock clock;

    InvitationMail(Mailer mailer, Invitations invitations, IdentityService identity, Clock clock) {
        this.mailer = mailer;
        this.invitations = invitations;
        this.identity = identity;
        this.clock = clock;
    }

    void send(String invitationId) {
        String key = "account-invitation:" + invitationId;
        if (mailer.sentBefore(key)) {
            return;
        }
        Invitation invitation = invitations.find(invitationId).orElseThrow(() ->
                new IllegalStateException("Invitation " + invitationId + " does not exist"));
        User user = identity.createUserQuery().userId(invitation.userId()).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            log.warn("Invitation {}: the account or its e-mail address is gone, nothing sent", invitationId);
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String token = invitations.issue(invitationId, now);
        Map<String, Object> model = new HashMap<>();
        model.put("subject", SUBJECT);
        model.put("name", String.join(" ", nonNull(user.getFirstName()), nonNull(user.getLastName())).strip());
        model.put("login", user.getId());
        model.put("linkPath", PasswordPage.PATH + token);
        model.put("until", RussianDates.format(InvitationTerms.expiry(now).toLocalDate()));
        if (mailer.send(new Mail(key, user.getEmail(), SUBJECT, "account-invitation", model).of(invitation.schoolId()))) {
            invitations.sent(invitationId, now);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
