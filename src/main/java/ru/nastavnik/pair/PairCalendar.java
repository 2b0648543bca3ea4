package ru.nastavnik.pair;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;

import ru.nastavnik.common.Mornings;
import ru.nastavnik.school.SchoolZones;

/**
 * The timers of a pair (bean {@code pairCalendar}), each in the morning by the school's clock: the day before a planned meeting; feedback
 * overdue three days after the meeting was recorded, escalated to the curator after seven; the day after the term ends.
 */
@Component("pairCalendar")
@ProcessApi
public class PairCalendar {

    static final int FEEDBACK_DAYS = 3;
    static final int FEEDBACK_ESCALATION_DAYS = 7;

    private final SchoolZones zones;

    public PairCalendar(SchoolZones zones) {
        this.zones = zones;
    }

    public Date meetingSoon(VariableScope pair) {
        return Mornings.of(date(pair, PairVariables.PLANNED_MEETING).minusDays(1), zones.of(pair));
    }

    public Date feedbackOverdue(VariableScope pair) {
        return Mornings.of(feedbackFrom(pair).plusDays(FEEDBACK_DAYS), zones.of(pair));
    }

    public Date feedbackEscalation(VariableScope pair) {
        return Mornings.of(feedbackFrom(pair).plusDays(FEEDBACK_ESCALATION_DAYS), zones.of(pair));
    }

    /** Feedback is asked from the day the meeting was recorded: a meeting recorded late does not make it overdue at once. */
    private static LocalDate feedbackFrom(VariableScope pair) {
        LocalDate held = date(pair, PairVariables.LAST_MEETING_DATE);
        Object recorded = pair.getVariable(PairVariables.LAST_MEETING_RECORDED);
        LocalDate recordedOn = recorded == null ? held : LocalDate.parse(recorded.toString());
        return recordedOn.isAfter(held) ? recordedOn : held;
    }

    public Date termEnded(VariableScope pair) {
        return Mornings.of(Pair.of(pair.getVariable(PairVariables.PAIR)).endDate().plusDays(1), zones.of(pair));
    }

    private static LocalDate date(VariableScope scope, String name) {
        return LocalDate.parse((String) scope.getVariable(name));
    }
}
