package ru.nastavnik.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;

/**
 * Base of the fast process tests (mvn test): one class per BPMN of processes/, on the in-memory engine.
 * <p>
 * How to write one:
 * <pre>{@code
 * class OrderSigningFlowTest extends InMemoryProcessTest {
 *     static final ProcessBeans beans = new ProcessBeans()
 *             .recorded("issueOrderDelegate", "checkFormListener")                  // only records its calls
 *             .recorded("recordOrderDecisionListener", scope -> ...)               // and sets what the flow reads
 *             .api("pairCalendar", new PairCalendar());                             // process API: real or stand-in
 *     @RegisterExtension
 *     static final ProcessEngineCoverageExtension engine = InMemoryProcessEngine.with(beans, "CalledProcessKey");
 *
 *     OrderSigningFlowTest() { super(beans, "order-signing"); }                     // the models it deploys
 *
 *     @Test void ...() { start("OrderSigning", Map.of(...)); complete(task("Task_SignOrder"), Map.of(...)); ... }
 * }
 * }</pre>
 * The clock starts at {@link #NOW} each test ({@link #moveTo} and {@link #fireTimer} move it); every bean a model names
 * must be in the beans, or the model guard refuses the deployment, as in the application. The coverage of the class
 * must reach {@link InMemoryProcessEngine#COVERAGE_FLOOR}: walk every path a user can take.
 */
public abstract class InMemoryProcessTest {

    /** The school every instance of these tests belongs to (its tenant id), started with the variable schoolId. */
    public static final String SCHOOL = "s1";

    /** A school day the tests start on. */
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 9, 1, 8, 0);

    protected final ProcessBeans beans;
    private final String[] models;
    protected ProcessEngine engine;

    protected InMemoryProcessTest(ProcessBeans beans, String... models) {
        this.beans = beans;
        this.models = models;
    }

    @BeforeEach
    void deployOnce(ProcessEngine processEngine) {
        this.engine = processEngine;
        BpmnAwareTests.init(processEngine);
        moveTo(NOW);
        if (processEngine.getRepositoryService().createDeploymentQuery().count() == 0) {
            InMemoryProcessEngine.deploy(processEngine, models);
        }
        beans.forget();
    }

    /** Each test starts with no instance, job or task of another (the deployment stays). */
    @AfterEach
    void endInstancesAndResetClock() {
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance -> engine.getRuntimeService()
                .deleteProcessInstanceIfExists(instance.getId(), "test over", true, true, true, true));
        ClockUtil.reset();
    }

    /** Starts it in {@link #SCHOOL}, as the application starts a process in the school of the person or the caller. */
    protected ProcessInstance start(String processKey, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, inSchool(variables));
    }

    protected ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, inSchool(variables));
    }

    private static Map<String, Object> inSchool(Map<String, Object> variables) {
        Map<String, Object> started = new HashMap<>(variables);
        started.putIfAbsent("schoolId", SCHOOL);
        return started;
    }

    /** The school's group of that role (s1-curator): who may claim a task of an instance of {@link #SCHOOL}. */
    protected static String schoolGroup(Role role) {
        return SchoolGroups.groupId(SCHOOL, role);
    }

    /** The one open task of that step (in any instance of this test). */
    protected Task task(String taskKey) {
        List<Task> tasks = tasks(taskKey);
        assertThat(tasks).as("open tasks " + taskKey).hasSize(1);
        return tasks.get(0);
    }

    protected List<Task> tasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).orderByTaskId().asc().list();
    }

    protected List<String> openTaskKeys() {
        return engine.getTaskService().createTaskQuery().orderByTaskId().asc().list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    protected void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    protected void complete(String taskKey, Map<String, Object> variables) {
        complete(task(taskKey), variables);
    }

    /** The groups that may claim the task, as Tasklist shows it to them. */
    protected List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).sorted().toList();
    }

    /** The timer of that event waiting in the process instance. */
    protected Job timer(ProcessInstance instance, String timerEventId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(timerEventId).singleResult();
        assertThat(job).as("timer " + timerEventId).isNotNull();
        return job;
    }

    protected LocalDateTime due(Job timer) {
        return LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    }

    /** Moves the clock to the timer's due date and runs it, as the job executor would then. */
    protected void fireTimer(ProcessInstance instance, String timerEventId) {
        Job job = timer(instance, timerEventId);
        ClockUtil.setCurrentTime(job.getDuedate());
        engine.getManagementService().executeJob(job.getId());
    }

    /** Runs the jobs due now (asynchronous continuations, due timers), and those they make, as the job executor would. */
    protected void runJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep making jobs");
    }

    protected void moveTo(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
    }

    protected boolean ended(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    protected List<String> calledAt(String bean) {
        return beans.calls(bean).stream().map(ProcessBeans.Call::activity).toList();
    }
}
