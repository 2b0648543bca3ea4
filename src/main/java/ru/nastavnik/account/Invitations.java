package ru.nastavnik.account;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.common.LinkTokens;

/**
 * The invitation letters (nst_account_invitation). A letter's token is made just before it leaves and stored only as
 * its hash, in a transaction of its own, so the link of a letter that left keeps working whatever happens to the job.
 */
@Repository
class Invitations {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    Invitations(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A letter to write, in the caller's transaction: it exists only if the account does. */
    String add(String userId, String schoolId, LocalDateTime now) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into nst_account_invitation (id, user_id, school_id, requested_at) values (?, ?, ?, ?)",
                id, userId, schoolId, now);
        return id;
    }

    Optional<Invitation> find(String id) {
        return jdbc.query(Invitation.SELECT + "where id = ?", Invitation.ROW, id).stream().findFirst();
    }

    List<Invitation> ofUser(String userId) {
        return jdbc.query(Invitation.SELECT + "where user_id = ? order by requested_at", Invitation.ROW, userId);
    }

    /** A fresh token for the letter about to leave (the only time it exists in clear); an earlier unsent one stops working. */
    String issue(String id, LocalDateTime now) {
        String token = LinkTokens.fresh();
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update nst_account_invitation set token_hash = ?, issued_at = ?, expires_at = ? where id = ?",
                LinkTokens.hashOf(token).orElseThrow(), now, InvitationTerms.expiry(now), id));
        return token;
    }

    void sent(String id, LocalDateTime now) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update nst_account_invitation set sent_at = coalesce(sent_at, ?) where id = ?", now, id));
    }

    /** The letter a token opens; empty for a guessed, mistyped or altered token. */
    Optional<Invitation> byToken(String token) {
        return LinkTokens.hashOf(token).flatMap(hash ->
                jdbc.query(Invitation.SELECT + "where token_hash = ?", Invitation.ROW, hash).stream().findFirst());
    }

    /** Uses the letter's link, once: false when it was used (or is being used) by another request. */
    boolean use(String id, LocalDateTime now) {
        return jdbc.update("update nst_account_invitation set used_at = ? where id = ? and used_at is null", now, id) == 1;
    }

    /** A password was set: every other link of the person stops working too. */
    void closeAll(String userId, LocalDateTime now) {
        jdbc.update("update nst_account_invitation set used_at = ? where user_id = ? and used_at is null", now, userId);
    }
}
