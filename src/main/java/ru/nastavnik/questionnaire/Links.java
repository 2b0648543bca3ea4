package ru.nastavnik.questionnaire;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.common.LinkTokens;

/**
 * The personal links of the invitations (nst_questionnaire_link): each letter carries a fresh token, stored only as its
 * hash, in a transaction of its own so the link of a letter that left keeps working whatever happens to the job after.
 */
@Repository
class Links {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Links(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new token for the invitation; the only time it exists in clear is in the letter about to be sent. */
    String issue(String invitationId) {
        String token = LinkTokens.fresh();
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "insert into nst_questionnaire_link (token_hash, invitation_id, issued_at) values (?, ?, ?)",
                LinkTokens.hashOf(token).orElseThrow(), invitationId, LocalDateTime.now(clock)));
        return token;
    }

    /** The invitation's letter was handed to the mail server (the first time counts). */
    void sent(String invitationId) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update nst_questionnaire_invitation set sent_at = coalesce(sent_at, ?) where id = ?", LocalDateTime.now(clock), invitationId));
    }

    /** The invitation a token opens; empty for a guessed, mistyped or altered token. */
    Optional<Invitation> invitation(String token) {
        return LinkTokens.hashOf(token).flatMap(hash -> {
            List<Invitation> found = jdbc.query(Invitation.SELECT
                    + "join nst_questionnaire_link l on l.invitation_id = i.id where l.token_hash = ?", Invitation.ROW, hash);
            return found.stream().findFirst();
        });
    }
}
