package ru.nastavnik.orders;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless numbers per school (by id: two schools may share a name) and school year. The counter row is incremented in the caller's transaction:
 * the update locks the row until that transaction ends, so concurrent issuers queue up, and a rollback
 * gives the number back.
 */
@Component
class OrderNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;

    OrderNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String schoolId, String schoolName, String schoolYear) {
        if (increment(schoolId, schoolYear) == 0) {
            createCounter(schoolId, schoolName, schoolYear);
            if (increment(schoolId, schoolYear) == 0) {
                throw new IllegalStateException("Order counter of school " + schoolId + " " + schoolYear + " vanished");
            }
        }
        return jdbc.queryForObject("select last_number from nst_order_counter where school_id = ? and school_year = ?",
                Integer.class, schoolId, schoolYear);
    }

    private int increment(String schoolId, String schoolYear) {
        return jdbc.update("update nst_order_counter set last_number = last_number + 1 where school_id = ? and school_year = ?",
                schoolId, schoolYear);
    }

    /** A concurrent first issuer may create the same row: its insert wins, ours rolls back to the savepoint. */
    private void createCounter(String schoolId, String schoolName, String schoolYear) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.update(
                    "insert into nst_order_counter (school_id, school_name, school_year, last_number) values (?, ?, ?, 0)",
                    schoolId, schoolName, schoolYear));
        } catch (DuplicateKeyException alreadyCreated) {
            // the other issuer's row is committed now (the insert waited for it); increment that one
        }
    }
}
