package ru.nastavnik.pair;

import static ru.nastavnik.common.Refused.Kind.INVALID;
import static ru.nastavnik.common.Refused.Kind.NOT_FOUND;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.common.Refused;
import ru.nastavnik.common.RussianDates;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.school.Schools;

/**
 * What the curator changes in a working pair. An absence of either side extends the term by its length: the pair's
 * end, the banks and every running timer of the pair due after the absence began move by exactly that many days.
 * Days already counted (the same days of the other side, a double submit) extend the term once. Ending a pair early
 * asks for the director's order first ({@code PairTerminationRequested}); the pair stops and the mentees return to the
 * bank only when it is signed. All or nothing, with Russian refusals.
 */
@Service
public class PairChanges {

    static final String TERMINATION_MESSAGE = "PairTerminationRequested";
    private static final int MAX_ABSENCE_DAYS = 366;
    private static final int COMMENT = 1000;
    private static final Logger log = LoggerFactory.getLogger(PairChanges.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final AbsenceRecords absences;
    private final MenteeBank mentees;
    private final Clock clock;
    private final IdentityService identity;
    private final Schools schools;
    private final HistoryService history;

    PairChanges(RuntimeService runtime, ManagementService management, AbsenceRecords absences, MenteeBank mentees,
                Clock clock, IdentityService identity, Schools schools, HistoryService history) {
        this.history = history;
        this.identity = identity;
        this.schools = schools;
        this.runtime = runtime;
        this.management = management;
        this.absences = absences;
        this.mentees = mentees;
        this.clock = clock;
    }

    /**
     * Who was absent: "mentor" or a mentee's id; returns the new last day of the term. Runs as the system: the rules
     * here are the permission, so people need no right to change pair processes through the engine's API.
     */
    @Transactional
    public LocalDate recordAbsence(String schoolId, String pairId, String who, String reason, LocalDate firstDay, LocalDate lastDay,
                                   String comment, String recordedBy) {
        return AsSystem.call(identity, () -> extend(schoolId, pairId, who, reason, firstDay, lastDay, comment, recordedBy));
    }

    /** Asks the director for the order ending the pair early; the pair's own work stops now. */
    @Transactional
    public void requestTermination(String schoolId, String pairId, String reason, String comment, String requestedBy) {
        AsSystem.run(identity, () -> terminate(schoolId, pairId, reason, comment, requestedBy));
    }

    private LocalDate extend(String schoolId, String pairId, String who, String reason, LocalDate firstDay, LocalDate lastDay,
                             String comment, String recordedBy) {
        ProcessInstance instance = working(schoolId, pairId);
        Pair pair = Pair.of(runtime.getVariable(instance.getId(), PairVariables.PAIR));
        List<String> problems = new ArrayList<>();
        AbsenceReason absenceReason = parse(AbsenceReason.class, reason);
        if (absenceReason == null) {
            problems.add("Выберите причину отсутствия: временная нетрудоспособность, командировка или иная уважительная причина.");
        }
        PersonKind kind = "mentor".equals(who) ? PersonKind.MENTOR : pair.menteeIds().contains(who) ? PersonKind.MENTEE : null;
        if (kind == null) {
            problems.add("Выберите, кто отсутствовал: наставник или наставляемый этой пары.");
        }
        if (firstDay == null || lastDay == null) {
            problems.add("Укажите первый и последний день отсутствия.");
        } else {
            if (lastDay.isBefore(firstDay)) {
                problems.add("Последний день отсутствия раньше первого.");
            } else if (firstDay.plusDays(MAX_ABSENCE_DAYS).isBefore(lastDay)) {
                problems.add("Отсутствие длиннее года: наставничество в таком случае лучше прекратить досрочно.");
            }
            if (firstDay.isBefore(pair.startDate()) || firstDay.isAfter(pair.endDate())) {
                problems.add("Отсутствие должно начаться в срок наставничества: с " + RussianDates.format(pair.startDate())
                        + " по " + RussianDates.format(pair.endDate()) + ".");
            }
        }
        if (absenceReason == AbsenceReason.OTHER && (comment == null || comment.isBlank())) {
            problems.add("Для иной уважительной причины укажите её в комментарии.");
        }
        if (comment != null && comment.length() > COMMENT) {
            problems.add("Комментарий длиннее " + COMMENT + " символов.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems);
        }
        AbsenceRecords.Absence absence = new AbsenceRecords.Absence(pairId, kind, absenceReason, firstDay, lastDay, blankToNull(comment));
        long days = absence.daysNotIn(absences.of(schoolId, pairId));
        if (days == 0) {
            throw new Refused(INVALID, List.of("Эти дни уже учтены: срок наставничества за них уже продлён."));
        }
        LocalDate newEnd = pair.endDate().plusDays(days);
        absences.add(schoolId, absence, recordedBy, LocalDateTime.now(clock));
        mentees.movePairEnd(schoolId, pair.mentorId(), pair.menteeIds(), newEnd);
        runtime.setVariable(instance.getId(), PairVariables.PAIR, JsonVariables.object(pair.withTerm(pair.startDate(), newEnd).toMap()));
        Date from = Date.from(firstDay.atStartOfDay(schools.require(schoolId).timeZone()).toInstant());
        int moved = 0;
        for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            if (timer.getDuedate() != null && !timer.getDuedate().before(from)) {
                management.setJobDuedate(timer.getId(), Date.from(timer.getDuedate().toInstant().plus(java.time.Duration.ofDays(days))));
                moved++;
            }
        }
        log.info("Pair {}: absence of {} day(s) recorded, term extended, {} timer(s) moved", pairId, days, moved);
        return newEnd;
    }

    private void terminate(String schoolId, String pairId, String reason, String comment, String requestedBy) {
        ProcessInstance instance = working(schoolId, pairId);
        TerminationReason terminationReason = parse(TerminationReason.class, reason);
        List<String> problems = new ArrayList<>();
        if (terminationReason == null) {
            problems.add("Выберите основание досрочного прекращения.");
        }
        if (terminationReason == TerminationReason.OTHER && (comment == null || comment.isBlank())) {
            problems.add("Для иной причины укажите её в комментарии.");
        }
        if (comment != null && comment.length() > COMMENT) {
            problems.add("Комментарий длиннее " + COMMENT + " символов.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems);
        }
        String wording = terminationReason == TerminationReason.OTHER ? comment.strip()
                : terminationReason.wording() + (comment == null || comment.isBlank() ? "" : " (" + comment.strip() + ")");
        runtime.createMessageCorrelation(TERMINATION_MESSAGE).processInstanceId(instance.getId())
                .setVariables(Map.of(PairVariables.TERMINATION_REASON, wording, "terminationRequestedBy", requestedBy))
                .correlate();
        log.info("Pair {}: early termination requested", pairId);
    }

    /** The school's pair's process while its work runs: the meetings, not yet the summary, and not already being ended. */
    private ProcessInstance working(String schoolId, String pairId) {
        ProcessInstance instance = pairId == null ? null : runtime.createProcessInstanceQuery()
                .processDefinitionKey(PairVariables.PROCESS_KEY).tenantIdIn(schoolId).variableValueEquals("pairId", pairId)
                .active().singleResult();
        boolean atWork = instance != null
                && runtime.createExecutionQuery().processInstanceId(instance.getId()).messageEventSubscriptionName(TERMINATION_MESSAGE).count() > 0
                && !runtime.getActiveActivityIds(instance.getId()).contains("CallActivity_TerminationOrder");
        if (instance == null && (pairId == null || history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PairVariables.PROCESS_KEY).tenantIdIn(schoolId).variableValueEquals("pairId", pairId)
                .count() == 0)) {
            // a pair of another school is not found either: its id tells nothing
            throw new Refused(NOT_FOUND, List.of("Наставническая пара не найдена."));
        }
        if (!atWork) {
            throw new Refused(INVALID, List.of("Пара не найдена среди работающих: она ещё не начала встречи, уже завершена или её прекращение уже на подписи."));
        }
        return instance;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
