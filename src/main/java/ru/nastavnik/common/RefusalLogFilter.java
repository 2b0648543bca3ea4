package ru.nastavnik.common;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A refusal is the user's mistake, answered to them in Russian; the engine would also log it at ERROR when it wraps it
 * (a listener's or a delegate's), with the values it quotes (names of teachers among them). Such events are dropped;
 * every other failure is logged as before. Registered in logback-spring.xml.
 */
public class RefusalLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable failure) {
        Throwable thrown = failure;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        if (Refused.in(thrown).isPresent() || quotesRefusal(format)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof String text && quotesRefusal(text)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** A stack trace already written out as text (the engine REST API logs its 500s so, ENGINE-REST-HTTP500). */
    private static boolean quotesRefusal(String text) {
        return text != null && text.contains(Refused.class.getName());
    }
}
