package ru.nastavnik.pair;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;

import ru.nastavnik.common.Mornings;
import ru.nastavnik.school.SchoolZones;

/**
 * The timers of the 30-day watch (bean {@code mentorApprovalCalendar}): a warning to the curator a week before the last
 * day, in the morning by the school's clock; the director's decision as soon as the last day is over.
 */
@Component("mentorApprovalCalendar")
@ProcessApi
public class MentorApprovalCalendar {

    static final String DUE_BY = "mentorDueBy";
    static final int WARNING_DAYS = 7;

    private final SchoolZones zones;

    public MentorApprovalCalendar(SchoolZones zones) {
        this.zones = zones;
    }

    public Date warning(VariableScope watch) {
        return Mornings.of(dueBy(watch).minusDays(WARNING_DAYS), zones.of(watch));
    }

    /** The first moment after the last day: from then on the director decides, and an order approving the mentor waits for it. */
    public Date missed(VariableScope watch) {
        return Date.from(dueBy(watch).plusDays(1).atStartOfDay(zones.of(watch)).toInstant());
    }

    private static LocalDate dueBy(VariableScope watch) {
        return LocalDate.parse((String) watch.getVariable(DUE_BY));
    }
}
