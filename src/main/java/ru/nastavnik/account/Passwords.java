package ru.nastavnik.account;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.account.InvitationTerms.LinkState;
import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.AsSystem;

/**
 * Setting the password through an invitation link: the link is used in the same transaction as the password is saved,
 * so two tabs cannot both use it, and a password the engine's policy (identity.PasswordRules) refuses uses nothing.
 */
@Service
class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    private final Invitations invitations;
    private final IdentityService identity;
    private final Clock clock;

    Passwords(Invitations invitations, IdentityService identity, Clock clock) {
        this.invitations = invitations;
        this.identity = identity;
        this.clock = clock;
    }

    /** The letter behind a link and what the link opens now. */
    Link open(String token) {
        Optional<Invitation> invitation = invitations.byToken(token);
        return new Link(invitation.orElse(null), InvitationTerms.state(invitation.orElse(null), now()));
    }

    /** Saves the password; a {@link Refused} in Russian when it breaks a rule (nothing saved, the link still works). */
    @Transactional
    LinkState set(String token, String password, String repeated) {
        Link link = open(token);
        if (link.state() != LinkState.VALID) {
            return link.state();
        }
        if (password == null || !password.equals(repeated)) {
            throw new Refused(INVALID, "Пароли в двух полях не совпадают. Ничего не сохранено.");
        }
        Invitation invitation = link.invitation();
        if (!invitations.use(invitation.id(), now())) {
            return LinkState.USED;
        }
        AsSystem.run(identity, () -> {
            User user = identity.createUserQuery().userId(invitation.userId()).singleResult();
            if (user == null) {
                throw new Refused(INVALID, "Учётной записи больше нет. Обратитесь к куратору или директору школы.");
            }
            user.setPassword(password);
            identity.saveUser(user);
        });
        invitations.closeAll(invitation.userId(), now());
        log.info("Invitation {}: password set", invitation.id());
        return LinkState.VALID;
    }

    String login(Invitation invitation) {
        return invitation.userId();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    record Link(Invitation invitation, LinkState state) { }
}
