package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.nastavnik.common.RussianDates;
import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/**
 * The fields every meeting form has, and their rule: a meeting is recorded once held, so not in the future, not
 * before the pair started nor before the previous meeting; the next meeting, when asked for, comes after this one.
 * One rule per meeting form (the plain meeting, the planning meeting, the joint-work meeting).
 */
abstract class MeetingForm implements FormRule {

    static final String DATE = "meetingDate";
    static final String FORMAT = "meetingFormat";
    static final String TOPIC = "meetingTopic";
    static final String OUTCOME = "meetingOutcome";
    static final String NEXT_DATE = "nextMeetingDate";
    static final java.util.List<String> FIELDS = java.util.List.of(DATE, FORMAT, TOPIC, OUTCOME, NEXT_DATE);

    private final Clock clock;

    MeetingForm(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<String> check(FormValues values) {
        List<String> problems = new ArrayList<>();
        Optional<LocalDate> held = values.date(DATE);
        if (held.isEmpty()) {
            return List.of("Укажите дату встречи.");
        }
        LocalDate day = held.get();
        if (day.isAfter(LocalDate.now(clock))) {
            problems.add("Встреча ещё не прошла: отметьте её в день встречи или позже (дата встречи — " + RussianDates.format(day) + ").");
        }
        Pair pair = Pair.of(values.raw(PairVariables.PAIR));
        if (pair.startDate() != null && day.isBefore(pair.startDate())) {
            problems.add("Дата встречи раньше начала наставничества (" + RussianDates.format(pair.startDate()) + ").");
        }
        values.text(PairVariables.LAST_MEETING_DATE).map(LocalDate::parse).filter(day::isBefore).ifPresent(previous ->
                problems.add("Дата встречи раньше предыдущей встречи (" + RussianDates.format(previous) + ")."));
        values.date(NEXT_DATE).filter(next -> !next.isAfter(day)).ifPresent(next ->
                problems.add("Следующая встреча должна быть позже этой."));
        return problems;
    }

    @org.springframework.stereotype.Component
    static class Plain extends MeetingForm {
        Plain(Clock clock) {
            super(clock);
        }

        @Override
        public String formId() {
            return "meeting";
        }
    }

    @org.springframework.stereotype.Component
    static class Planning extends MeetingForm {
        Planning(Clock clock) {
            super(clock);
        }

        @Override
        public String formId() {
            return "planning-meeting";
        }
    }

    @org.springframework.stereotype.Component
    static class JointWork extends MeetingForm {
        JointWork(Clock clock) {
            super(clock);
        }

        @Override
        public String formId() {
            return "joint-meeting";
        }
    }
}
