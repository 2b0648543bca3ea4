package ru.nastavnik.migration;

import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A plan tries each instance in a rolled-back transaction, and the engine logs every refusal at ERROR. Those refusals
 * are the plan's answer, not failures: dropped while a plan is being made on this thread. Registered in logback-spring.xml.
 */
public class TrialMoveLogFilter extends TurboFilter {

    private static final ThreadLocal<Boolean> TRYING = ThreadLocal.withInitial(() -> false);

    static void whileTrying(Runnable trial) {
        TRYING.set(true);
        try {
            trial.run();
        } finally {
            TRYING.remove();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable failure) {
        if (!TRYING.get()) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = failure;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        return thrown instanceof MigratingProcessInstanceValidationException ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
