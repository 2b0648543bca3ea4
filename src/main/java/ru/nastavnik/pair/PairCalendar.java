package ru.nastavnik.pair;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The timers of a pair (bean {@code pairCalendar}), each in the morning: the day before a planned meeting; feedback
 * overdue three days after the meeting, escalated to the curator after seven; the day after the term ends.
 */
@Component("pairCalendar")
public class PairCalendar {

    static final int FEEDBACK_DAYS = 3;
    static final int FEEDBACK_ESCALATION_DAYS = 7;

    public Date meetingSoon(VariableScope pair) {
        return MentorApprovalCalendar.morningOf(date(pair, PairVariables.PLANNED_MEETING).minusDays(1));
    }

    public Date feedbackOverdue(VariableScope pair) {
        return MentorApprovalCalendar.morningOf(date(pair, PairVariables.LAST_MEETING_DATE).plusDays(FEEDBACK_DAYS));
    }

    public Date feedbackEscalation(VariableScope pair) {
        return MentorApprovalCalendar.morningOf(date(pair, PairVariables.LAST_MEETING_DATE).plusDays(FEEDBACK_ESCALATION_DAYS));
    }

    public Date termEnded(VariableScope pair) {
        return MentorApprovalCalendar.morningOf(Pair.of(pair.getVariable(PairVariables.PAIR)).endDate().plusDays(1));
    }

    private static LocalDate date(VariableScope scope, String name) {
        return LocalDate.parse((String) scope.getVariable(name));
    }
}
