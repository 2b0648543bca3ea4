package ru.nastavnik.modeling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A task or execution listener that only reads and checks: it refuses a bad submission or prepares what a form shows,
 * and writes no business record. Only such beans may be a model's listeners ({@link ModelRules}); a write belongs in a
 * service task the diagram shows.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyListener {
}
