package ru.nastavnik.pair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import ru.nastavnik.identity.AsSystem;

/**
 * The pairs of the school as the curator and the director look at them: who, in which form, from when to when, what is
 * open now, how many meetings were held and whether feedback is missing. Working pairs first, then finished ones.
 */
@Service
public class PairOverview {

    public enum State {
        WORKING("Работает"), ENDING("Ждёт приказа о прекращении"), SUMMARY("Подведение итогов"),
        COMPLETED("Завершена"), TERMINATED("Прекращена досрочно");

        private final String title;

        State(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One pair on the page. {@code openSteps}: the names of its open tasks; {@code waitingFeedback}: feedback is open;
     * {@code absenceDays}: how far absences moved the end.
     */
    public record PairRow(String pairId, String mentorName, List<String> menteeNames, List<MenteeOption> mentees, String form,
                          LocalDate startDate, LocalDate endDate, State state, List<String> openSteps, int meetings,
                          LocalDate lastMeeting, boolean waitingFeedback, long absenceDays) {

        public boolean changeable() {
            return state == State.WORKING;
        }
    }

    public record MenteeOption(String id, String name) { }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final MeetingRecords meetings;
    private final IdentityService identity;

    PairOverview(RuntimeService runtime, TaskService tasks, HistoryService history, MeetingRecords meetings, IdentityService identity) {
        this.identity = identity;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.meetings = meetings;
    }

    /**
     * The school's pairs, read as the system: the pages asking have their own role check, and finished pairs live in
     * the history.
     */
    public List<PairRow> pairs(String schoolId) {
        return AsSystem.call(identity, () -> read(schoolId));
    }

    private List<PairRow> read(String schoolId) {
        List<PairRow> rows = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(PairVariables.PROCESS_KEY)
                .tenantIdIn(schoolId).list()) {
            Pair pair = Pair.of(runtime.getVariable(instance.getId(), PairVariables.PAIR));
            List<String> active = runtime.getActiveActivityIds(instance.getId());
            State state = active.contains("CallActivity_TerminationOrder") ? State.ENDING
                    : active.contains("ServiceTask_SendExitQuestionnaire") || active.contains("Task_SummarizePair")
                    || active.contains("ServiceTask_RecordPairResults") ? State.SUMMARY
                    : State.WORKING;
            List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
            rows.add(row(schoolId, pair, state, open.stream().map(Task::getName).distinct().toList(),
                    open.stream().anyMatch(task -> task.getTaskDefinitionKey().endsWith("Feedback"))));
        }
        for (HistoricProcessInstance ended : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PairVariables.PROCESS_KEY).tenantIdIn(schoolId).finished().list()) {
            HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                    .processInstanceId(ended.getId()).variableName(PairVariables.PAIR).singleResult();
            if (variable != null && variable.getValue() != null) {
                State state = "EndEvent_PairTerminated".equals(ended.getEndActivityId()) ? State.TERMINATED : State.COMPLETED;
                rows.add(row(schoolId, Pair.of(variable.getValue()), state, List.of(), false));
            }
        }
        rows.sort(Comparator.comparing((PairRow row) -> row.state().ordinal()).thenComparing(PairRow::mentorName));
        return rows;
    }

    /** Pairs of the programme with that business key that have not finished yet. */
    public long running(String schoolId, String programmeKey) {
        return AsSystem.call(identity, () -> runtime.createProcessInstanceQuery().processDefinitionKey(PairVariables.PROCESS_KEY)
                .tenantIdIn(schoolId).processInstanceBusinessKey(programmeKey).count());
    }

    /** Every pair of the programme with that business key, working or ended. */
    public List<Pair> pairsOf(String schoolId, String programmeKey) {
        return AsSystem.call(identity, () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(PairVariables.PROCESS_KEY)
                .tenantIdIn(schoolId).processInstanceBusinessKey(programmeKey).list().stream()
                .map(instance -> history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                        .variableName(PairVariables.PAIR).singleResult())
                .filter(variable -> variable != null && variable.getValue() != null)
                .map(variable -> Pair.of(variable.getValue()))
                .toList());
    }

    /** Pairs ever started in the programme with that business key. */
    public long started(String schoolId, String programmeKey) {
        return AsSystem.call(identity, () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(PairVariables.PROCESS_KEY)
                .tenantIdIn(schoolId).processInstanceBusinessKey(programmeKey).count());
    }

    private PairRow row(String schoolId, Pair pair, State state, List<String> openSteps, boolean waitingFeedback) {
        List<MeetingRecords.Meeting> held = meetings.of(schoolId, pair.pairId());
        List<MenteeOption> mentees = new ArrayList<>();
        for (int i = 0; i < pair.menteeIds().size(); i++) {
            mentees.add(new MenteeOption(pair.menteeIds().get(i), pair.menteeNames().get(i)));
        }
        long absent = pair.startDate() == null || pair.endDate() == null ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(pair.startDate().plusMonths(pair.months()), pair.endDate());
        return new PairRow(pair.pairId(), pair.mentorName(), pair.menteeNames(), mentees, pair.form(), pair.startDate(),
                pair.endDate(), state, openSteps, held.size(), held.isEmpty() ? null : held.get(held.size() - 1).heldOn(),
                waitingFeedback, absent);
    }
}
