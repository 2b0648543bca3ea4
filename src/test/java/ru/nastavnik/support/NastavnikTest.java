package ru.nastavnik.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test (tag {@code integration}: run by {@code mvn verify}, not {@code mvn test}).
 * The whole application in the production profile on a real PostgreSQL and a real SMTP server,
 * with the HTTP port open and the job executor off: tests run jobs themselves, one at a time. Metrics are off:
 * nothing in the tests reads them, and the engine would write them while the JVM shuts the database down.
 * The rules' clock follows the engine's ({@link EngineClock}). Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        // the embedded database stops in a JVM shutdown hook of its own, racing the engine's last metrics flush
        "camunda.bpm.metrics.enabled=false",
        "spring.datasource.hikari.connection-timeout=5000"})
@ActiveProfiles("postgres")
@Import(EngineClock.class)
@ExtendWith(ResetEngineClock.class)
@ContextConfiguration(initializers = ProductionLikeEnvironment.class)
public @interface NastavnikTest {
}
