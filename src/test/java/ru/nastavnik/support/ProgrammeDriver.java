package ru.nastavnik.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Drives a school's programme through the engine's public API the way Tasklist does (find the task, submit its form's
 * values) with the engine's clock moved explicitly. One driver per programme, told apart by its business key.
 * Questionnaires go out before a task is looked up, as the job executor would send them.
 */
public final class ProgrammeDriver {

    private final ProcessEngine engine;
    private final String businessKey;
    private final String schoolId;
    private ProcessInstance programme;

    /** A programme of the school {@code schoolId} (the test class's school, see {@link TestSchools}). */
    public ProgrammeDriver(ProcessEngine engine, String schoolId, String businessKey) {
        this.engine = engine;
        this.schoolId = schoolId;
        this.businessKey = businessKey;
    }

    /** A programme of no school: only for tests that have not got a school yet (on an instance without one). */
    public ProgrammeDriver(ProcessEngine engine, String businessKey) {
        this(engine, null, businessKey);
    }

    public String schoolId() {
        return schoolId;
    }

    public ProcessInstance start(String schoolName, LocalDate startDate, Map<String, Object> settings) {
        at(startDate.atTime(8, 0));
        Map<String, Object> values = Stage1Forms.programmeStart(schoolName);
        values.put("programmeStartDate", startDate.toString());
        values.putAll(settings);
        if (schoolId != null) {
            values.put("schoolId", schoolId);
        }
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("MentoringProgramme").latestVersion().singleResult().getId();
        programme = engine.getFormService().submitStartForm(definition, businessKey, values);
        return programme;
    }

    public ProcessInstance programme() {
        return programme;
    }

    /** The open task of this programme (or of a process it called) with that definition key. */
    public Task task(String taskKey) {
        List<Task> tasks = tasks(taskKey);
        assertThat(tasks).as("open task " + taskKey).hasSize(1);
        return tasks.get(0);
    }

    public List<Task> tasks(String taskKey) {
        QuestionnaireJobs.sendFor(engine, businessKey);
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
    }

    public void submit(String taskKey, Map<String, Object> values) {
        engine.getFormService().submitTaskForm(task(taskKey).getId(), values);
    }

    /** The director signs the order waiting for a signature. */
    public void signOrder() {
        submit("Task_SignOrder", new HashMap<>(Map.of("orderDecision", "sign")));
    }

    public void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** Moves the clock to the timer's due date and fires it; returns the due date. */
    public LocalDateTime fireTimer(String activityId) {
        return fire(job(activityId));
    }

    /** The stage-deadline process the programme called for that deadline ({@code PREPARE_CONDITIONS}, …), if running. */
    public Optional<ProcessInstance> deadlineWatch(String deadline) {
        return Optional.ofNullable(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
                .processDefinitionKey("StageDeadline").variableValueEquals("deadline", deadline).singleResult());
    }

    /** Fires a timer of the deadline's stage-deadline process ({@code Timer_StageOverdue}, {@code Timer_StageEscalated}). */
    public LocalDateTime fireDeadlineTimer(String deadline, String timerId) {
        return fire(deadlineJob(deadline, timerId));
    }

    /** Runs a step of the deadline's stage-deadline process ({@code ServiceTask_RemindOfDeadline}, …). */
    public void executeDeadlineJob(String deadline, String activityId) {
        engine.getManagementService().executeJob(deadlineJob(deadline, activityId).getId());
    }

    public Job deadlineJob(String deadline, String activityId) {
        ProcessInstance watch = deadlineWatch(deadline).orElseThrow(() -> new AssertionError("no stage-deadline process for " + deadline));
        return engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).activityId(activityId).singleResult();
    }

    /** The director's open task «Принять меры: просрочен этап N» of that deadline. */
    public Task deadlineTask(String deadline) {
        ProcessInstance watch = deadlineWatch(deadline).orElseThrow(() -> new AssertionError("no stage-deadline process for " + deadline));
        return engine.getTaskService().createTaskQuery().processInstanceId(watch.getId()).taskDefinitionKey("Task_ResolveStageOverdue").singleResult();
    }

    private LocalDateTime fire(Job timer) {
        assertThat(timer).as("timer job").isNotNull();
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        return LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    }

    public Job job(String activityId) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(programme.getId()).activityId(activityId).list();
        if (jobs.isEmpty()) {
            jobs = engine.getManagementService().createJobQuery().activityId(activityId).list().stream()
                    .filter(job -> businessKey.equals(engine.getRuntimeService().createProcessInstanceQuery()
                            .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey())).toList();
        }
        assertThat(jobs).as("job at " + activityId).hasSize(1);
        return jobs.get(0);
    }

    public void executeJob(String activityId) {
        engine.getManagementService().executeJob(job(activityId).getId());
    }

    public boolean hasJob(String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(programme.getId()).activityId(activityId).count() > 0;
    }

    /** The whole label of the option of a task's list whose label starts with the text. */
    public String optionLabel(String taskKey, String optionsVariable, String labelStart) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariableLocal(task(taskKey).getId(), optionsVariable);
        return options.elements().stream().map(o -> o.prop("label").stringValue()).filter(label -> label.startsWith(labelStart))
                .findFirst().orElseThrow(() -> new AssertionError("No option starting with " + labelStart + " in " + options));
    }

    /** The value (id) of the option of a task's list whose label starts with the text. */
    public String option(String taskKey, String optionsVariable, String labelStart) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariableLocal(task(taskKey).getId(), optionsVariable);
        return options.elements().stream().filter(o -> o.prop("label").stringValue().startsWith(labelStart))
                .map(o -> o.prop("value").stringValue()).findFirst()
                .orElseThrow(() -> new AssertionError("No option starting with " + labelStart + " in " + options));
    }
}
