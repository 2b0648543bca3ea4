package ru.nastavnik.monitoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;

/**
 * When the rounds start by themselves: the timer start event of {@code MonitoringSchedule} reads
 * {@code ${monitoringSchedule.cycle()}} when the model is deployed. By default at 9:00 on 1 December and 1 June (the
 * roadmap monitors in December and June); {@code nastavnik.monitoring.cycle} (a Camunda cron line: seconds, minutes,
 * hours, day, month, weekday) changes it, taking effect at the next deployment of the model. Public: the engine
 * calls it by reflection.
 */
@Component("monitoringSchedule")
@ProcessApi
public class MonitoringSchedule {

    static final String DECEMBER_AND_JUNE = "0 0 9 1 12,6 ?";

    private final String cycle;

    MonitoringSchedule(@Value("${nastavnik.monitoring.cycle:" + DECEMBER_AND_JUNE + "}") String cycle) {
        this.cycle = cycle;
    }

    public String cycle() {
        return cycle;
    }
}
