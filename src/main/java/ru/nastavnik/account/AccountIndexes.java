package ru.nastavnik.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's table of users has no index on the e-mail address, and {@link Accounts#ensure} looks every person up by it:
 * a district adding 10,000 teachers read the whole table 10,000 times (docs/benchmarks.md, scenario 5). Made at start,
 * after the engine's schema, and again harmlessly at every start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountIndexes implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    AccountIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.execute("create index if not exists ix_act_id_user_email on act_id_user (email_)");
    }
}
