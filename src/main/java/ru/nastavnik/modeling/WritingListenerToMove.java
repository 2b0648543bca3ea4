package ru.nastavnik.modeling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A listener that still writes, allowed by {@link ModelRules} only until its write moves into a service task; the
 * model tests pin the list of these, so a new one cannot join it silently. {@link #why()} says what holds the move up.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WritingListenerToMove {

    String why();
}
