package ru.nastavnik.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test (tag {@code integration}: run by {@code mvn verify}, not {@code mvn test}).
 * The default (demo) profile as a newcomer starts it, on an in-memory H2 instead of ./data,
 * with the job executor on as in the real demo. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:demo-school;DB_CLOSE_DELAY=-1")
public @interface DemoProfileTest {
}
