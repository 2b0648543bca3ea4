package ru.nastavnik.system;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import ru.nastavnik.form.FormRejectedException;
import ru.nastavnik.modeling.ModelRejectedException;

/**
 * A rejected form is the user's mistake, answered to them in Russian; the engine would also log it at ERROR with the
 * values it quotes (names of teachers among them). Such events are dropped, and so are refused deployments (the
 * methodologist reads the reason in Camunda Modeler); every other failure is logged as before.
 * Registered in logback-spring.xml.
 */
public class FormRejectionLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable failure) {
        Throwable thrown = failure;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormRejectedException || cause instanceof ModelRejectedException) {
                return FilterReply.DENY;
            }
        }
        // the REST API logs its 500s with the stack trace already written out as text (ENGINE-REST-HTTP500)
        if (quotesRejection(format)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof String text && quotesRejection(text)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean quotesRejection(String text) {
        return text != null && (text.contains(FormRejectedException.class.getName()) || text.contains(ModelRejectedException.class.getName()));
    }
}
