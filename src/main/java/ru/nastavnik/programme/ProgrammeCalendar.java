package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;

import ru.nastavnik.common.Mornings;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.school.SchoolZones;

/**
 * The deadlines of the roadmap, computed from the programme's start and school year with the roadmap's defaults,
 * unless the curator set another date or duration when starting the programme. Stages 1 and 2-3 run side by side
 * from the start, so their roadmap dates hold; a stage that follows another is due some time after the other's deadline,
 * so finishing one stage on time never makes the next one overdue on arrival. The BPMN timers ask it:
 * {@code ${programmeCalendar.overdue(execution, 'MENTEE_BANK')}} fires the morning after the deadline,
 * {@code ${programmeCalendar.escalation(execution, 'MENTEE_BANK')}} the escalation days later.
 */
@Component("programmeCalendar")
@ProcessApi
public class ProgrammeCalendar {

    private final SchoolZones zones;

    public ProgrammeCalendar(SchoolZones zones) {
        this.zones = zones;
    }

    /**
     * The stages' deadlines; each knows its default, the start-form setting that overrides it, and the stage of
     * mentoring-programme.bpmn whose name («Этап N. …») letters and tasks call it by.
     */
    public enum Deadline {
        /** Stage 1 (and 2-3 by default): within the first month. */
        PREPARE_CONDITIONS("SubProcess_PrepareConditions"),
        /** Stage 2: mentee bank, 1-15 September. */
        MENTEE_BANK("SubProcess_MenteeBank"),
        /** Stage 3: mentor bank, 16-30 September. */
        MENTOR_BANK("SubProcess_MentorBank"),
        /** Stage 4: selection and training of mentors, within two months. */
        MENTOR_SELECTION("SubProcess_SelectMentors"),
        /** Stage 5: pairs formed by 30 October, and at least two weeks after stage 4's deadline (stage 5 follows it). */
        PAIRS_FORMED("SubProcess_PairWork"),
        /** Stage 6: the personal programmes completed within a year after stage 5 (watched while stage 5 closes). */
        COMPLETION("SubProcess_Completion");

        private final String stage;

        Deadline(String stage) {
            this.stage = stage;
        }

        /** The id of the stage's sub-process in mentoring-programme.bpmn. */
        public String stage() {
            return stage;
        }
    }

    static final int DEFAULT_ESCALATION_DAYS = 7;
    static final int DEFAULT_PREPARATION_MONTHS = 1;
    static final int DEFAULT_SELECTION_MONTHS = 2;
    static final int DEFAULT_PROGRAMME_MONTHS = 12;
    static final int PAIRS_AFTER_SELECTION_DAYS = 14;

    public Date overdue(VariableScope programme, String deadline) {
        return Mornings.of(deadline(new FormValues(programme), Deadline.valueOf(deadline)).plusDays(1), zones.of(programme));
    }

    public Date escalation(VariableScope programme, String deadline) {
        FormValues values = new FormValues(programme);
        return Mornings.of(deadline(values, Deadline.valueOf(deadline)).plusDays(1 + escalationDays(values)), zones.of(programme));
    }

    /** The last day of the stage. */
    public LocalDate deadline(FormValues values, Deadline deadline) {
        LocalDate start = values.date(ProgrammeVariables.START_DATE).orElseThrow();
        SchoolYear year = values.text(ProgrammeVariables.SCHOOL_YEAR).flatMap(SchoolYear::parse).orElse(SchoolYear.containing(start));
        return switch (deadline) {
            case PREPARE_CONDITIONS -> start.plusMonths(number(values, "preparationMonths", DEFAULT_PREPARATION_MONTHS));
            case MENTEE_BANK -> override(values, deadline).orElse(later(LocalDate.of(year.firstYear(), 9, 15), start.plusDays(14)));
            case MENTOR_BANK -> override(values, deadline).orElse(later(LocalDate.of(year.firstYear(), 9, 30), start.plusMonths(1)));
            case MENTOR_SELECTION -> start.plusMonths(number(values, "selectionMonths", DEFAULT_SELECTION_MONTHS));
            case PAIRS_FORMED -> override(values, deadline).orElse(
                    later(LocalDate.of(year.firstYear(), 10, 30), deadline(values, Deadline.MENTOR_SELECTION).plusDays(PAIRS_AFTER_SELECTION_DAYS)));
            case COMPLETION -> deadline(values, Deadline.PAIRS_FORMED).plusMonths(number(values, "programmeMonths", DEFAULT_PROGRAMME_MONTHS));
        };
    }

    /** The start-form field that sets a deadline's date, if the date is set directly. */
    static String overrideField(Deadline deadline) {
        return switch (deadline) {
            case MENTEE_BANK -> "menteeBankDue";
            case MENTOR_BANK -> "mentorBankDue";
            case PAIRS_FORMED -> "pairsFormedDue";
            default -> null;
        };
    }

    static int escalationDays(FormValues values) {
        return number(values, "escalationDays", DEFAULT_ESCALATION_DAYS);
    }

    private static Optional<LocalDate> override(FormValues values, Deadline deadline) {
        return values.date(overrideField(deadline));
    }

    private static int number(FormValues values, String key, int fallback) {
        return values.raw(key) instanceof Number number ? number.intValue() : fallback;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
