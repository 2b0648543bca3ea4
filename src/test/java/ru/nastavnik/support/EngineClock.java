package ru.nastavnik.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * In tests, the domain's "today" is the engine's: a test that moves the engine's clock (ClockUtil) to a day of the
 * school year moves the rules' clock with it, as one clock does in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EngineClock {

    /** The engine's today. */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    @Bean
    @Primary
    Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.systemDefault();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }
}
