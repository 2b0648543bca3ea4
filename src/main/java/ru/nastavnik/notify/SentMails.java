package ru.nastavnik.notify;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of messages handed to the mail server. Written in its own transaction, so a job that sends
 * three letters and then fails keeps the record of the three when the engine rolls the job back. Each row keeps the
 * school the letter was sent for; keys name instances, tasks or people, so a key is one letter in the whole installation.
 */
@Repository
class SentMails {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    SentMails(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean contains(String key) {
        Integer count = ownTransaction.execute(status ->
                jdbc.queryForObject("select count(*) from nst_sent_mail where mail_key = ?", Integer.class, key));
        return count != null && count > 0;
    }

    void record(String schoolId, String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "insert into nst_sent_mail (school_id, mail_key, sent_at) values (?, ?, current_timestamp)", schoolId, key));
    }
}
