package ru.nastavnik.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Sets the environment variables of the postgres profile as an operator would: a fresh PostgreSQL
 * database, the in-process SMTP server, and a strong administrator password.
 */
public class ProductionLikeEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "test-Secret-Kv8-2026";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("productionLikeEnvironment",
                variables(TestDatabase.newDatabase())));
    }

    /** The operator's environment variables for that database. */
    public static Map<String, Object> variables(TestDatabase.Coordinates database) {
        return Map.of(
                "DB_URL", database.url(),
                "DB_USER", database.user(),
                "DB_PASSWORD", database.password() == null ? "" : database.password(),
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(TestMailServer.port()),
                "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SESSION_COOKIE_SECURE", "false");
    }
}
