package ru.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;

import ru.nastavnik.common.Refused;

class RefusalLogFilterTest {

    private final RefusalLogFilter filter = new RefusalLogFilter();
    private final Logger engineContext = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");

    @Test
    void dropsTheEnginesLogOfARefusalWhateverWrapsIt() {
        Throwable wrapped = new ProcessEngineException("ENGINE-03051", Refused.form(List.of("Иванова Мария уже указана в другой паре.")));

        assertThat(filter.decide(null, engineContext, Level.ERROR, "Exception while closing command context: {}", null, wrapped))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, engineContext, Level.ERROR, "{} {}", new Object[] {"x", wrapped}, null))
                .isEqualTo(FilterReply.DENY);
        java.io.StringWriter trace = new java.io.StringWriter();
        wrapped.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(filter.decide(null, engineContext, Level.WARN, "ENGINE-REST-HTTP500 {}", new Object[] {trace.toString()}, null))
                .as("the REST API's 500 with its stack trace as text").isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsEveryOtherFailure() {
        assertThat(filter.decide(null, engineContext, Level.ERROR, "boom", null, new IllegalStateException("database down")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.INFO, "started", null, null)).isEqualTo(FilterReply.NEUTRAL);
    }
}
