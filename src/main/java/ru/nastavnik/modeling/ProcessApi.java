package ru.nastavnik.modeling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean the process models may call by name in an expression ({@code ${pairCalendar.termEnded(execution)}}).
 * Delegates and listeners are callable without it; every other bean of the application is out of a model's reach.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessApi {
}
