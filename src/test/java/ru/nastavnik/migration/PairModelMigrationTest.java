package ru.nastavnik.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.identity.Role;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.ProductionLikeEnvironment;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * The methodologist changes the real pair model (processes/mentoring-pair.bpmn): the trial meeting becomes «пробное
 * занятие» under a new id, and the curator now agrees the personal programme before joint work begins. She deploys it
 * from the Modeler's endpoint, plans and runs the migration of three working pairs in different states, and each goes
 * on with its variables and timers; a pair started afterwards starts on the new version.
 */
@NastavnikTest
class PairModelMigrationTest {

    private static final String DEPLOYMENT = "pair-model-v2";
    private static final List<String> PAIR_FORMS = List.of("meeting", "planning-meeting", "joint-meeting", "meeting-feedback",
            "feedback-overdue", "pair-results", "rework-order", "sign-order");

    @LocalServerPort
    int port;
    @Autowired
    Schools schools;

    private final ProcessEngine engine;
    private String run;
    private ProgrammeDriver driver;
    private PairDriver pairs;
    private ProcessInstance atAcquaintance;
    private ProcessInstance atJointMeeting;
    private ProcessInstance inFeedback;
    private School school;

    @Autowired
    PairModelMigrationTest(ProcessEngine engine) {
        this.engine = engine;
    }

    @BeforeEach
    void threePairsAtWork() {
        school = TestSchools.of(schools, ClassData.of(PairModelMigrationTest.class));
        TestPeople.ensure(engine.getIdentityService(), school, "movedirector", Role.DIRECTOR, "Лебедева", "Ольга Ивановна");
        TestPeople.ensure(engine.getIdentityService(), school, "movecurator", Role.CURATOR, "Мартынова", "Елена Юрьевна");
        TestPeople.ensure(engine.getIdentityService(), school, "movemethodologist", Role.METHODOLOGIST, "Фомина", "Вера Андреевна");
        run = UUID.randomUUID().toString().substring(0, 8);
        driver = new ProgrammeDriver(engine, school.id(), "move-" + run);
        pairs = new PairDriver(engine, "move-" + run);
        ProgrammeSteps steps = new ProgrammeSteps(driver, run);
        driver.start("Школа миграции " + run, LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs("movecurator");
        String mentorA = steps.mentorA();
        String mentorB = steps.mentorB();
        String young1 = steps.young1();
        String young2 = steps.young2();
        String senior = steps.senior();
        driver.submit("Task_FormPairs", pair(mentorA, 6, "teacherTeacher", true, young1));
        driver.submit("Task_FormPairs", pair(mentorA, 9, "teacherTeacher", true, young2));
        driver.submit("Task_FormPairs", pair(mentorB, 6, "peer", false, senior));
        pairs.consentAll();
        driver.at(LocalDate.of(2026, 9, 10).atTime(10, 0));
        driver.signOrder();
        List<ProcessInstance> working = pairs.pairs();
        assertThat(working).hasSize(3);
        atAcquaintance = working.get(0);
        atJointMeeting = working.get(1);
        inFeedback = working.get(2);
        toJointMeeting(atJointMeeting);
        toJointMeeting(inFeedback);
        pairs.meeting(inFeedback, "Task_JointMeeting", LocalDate.of(2026, 10, 5), PairDriver.joint(LocalDate.of(2026, 10, 19), false));
    }

    @AfterEach
    void removeTheNewVersion() {
        engine.getManagementService().createBatchQuery().list().forEach(batch -> engine.getManagementService().deleteBatch(batch.getId(), true));
        engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aChangedPairModelGoesFromTheModelerToRunningPairsWhichGoOnWithTheirVariablesAndTimers() throws IOException {
        Date jointReminder = timer(atJointMeeting, "Timer_JointMeetingSoon").getDuedate();
        Date termEnds = timer(atJointMeeting, "Timer_TermEnded").getDuedate();
        Date feedbackOverdue = timer(inFeedback, "Timer_FeedbackOverdue").getDuedate();
        Object plannedMeeting = engine.getRuntimeService().getVariable(atJointMeeting.getId(), "plannedMeetingDate");
        Pair pairBefore = Pair.of(engine.getRuntimeService().getVariable(atJointMeeting.getId(), "pair"));

        Http.Reply deployed = deployFromModeler(changedPairModel());
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        ProcessDefinition version2 = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("MentoringPair")
                .latestVersion().singleResult();
        String version1 = atAcquaintance.getProcessDefinitionId();
        assertThat(version2.getId()).isNotEqualTo(version1);
        assertThat(pairs.pairs()).as("running pairs stay on their version until moved")
                .allMatch(pair -> pair.getProcessDefinitionId().equals(version1));

        String request = "{\"sourceDefinitionId\":\"" + version1 + "\",\"targetDefinitionId\":\"" + version2.getId()
                + "\",\"mappings\":{\"Task_TrialMeeting\":\"Task_TrialLesson\"},\"processInstanceIds\":[\""
                + atAcquaintance.getId() + "\",\"" + atJointMeeting.getId() + "\",\"" + inFeedback.getId() + "\"]}";
        Http.Reply plan = methodologist().postJson("/api/migration/plan", request);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.json().path("нельзяПеренести")).as(plan.body()).isEmpty();
        assertThat(plan.json().path("можноПеренести")).hasSize(3);
        Http.Reply started = methodologist().postJson("/api/migration/run", request);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        runBatch(engine.getManagementService().createBatchQuery().batchId(started.json().path("пакет").asText()).singleResult());
        for (ProcessInstance pair : List.of(atAcquaintance, atJointMeeting, inFeedback)) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pair.getId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(version2.getId());
        }

        // at the acquaintance: then the renamed step, then the new one before joint work
        pairs.meeting(atAcquaintance, "Task_AcquaintanceMeeting", LocalDate.of(2026, 10, 12), Map.of());
        assertThat(pairs.taskOf(atAcquaintance, "Task_TrialLesson").getName()).isEqualTo("Провести пробное занятие");
        pairs.meeting(atAcquaintance, "Task_TrialLesson", LocalDate.of(2026, 10, 13), Map.of());
        pairs.meeting(atAcquaintance, "Task_PlanningMeeting", LocalDate.of(2026, 10, 14), PairDriver.planning(LocalDate.of(2026, 10, 28)));
        engine.getFormService().submitTaskForm(pairs.taskOf(atAcquaintance, "Task_AgreeProgramme").getId(),
                new HashMap<>(Map.of("feedbackEscalationNote", "Программа согласована")));
        assertThat(pairs.tasksOf(atAcquaintance, "Task_JointMeeting")).hasSize(1);

        // at a joint meeting: the same planned date, reminder and term
        assertThat(engine.getRuntimeService().getVariable(atJointMeeting.getId(), "plannedMeetingDate")).isEqualTo(plannedMeeting);
        assertThat(timer(atJointMeeting, "Timer_JointMeetingSoon").getDuedate()).isEqualTo(jointReminder);
        assertThat(timer(atJointMeeting, "Timer_TermEnded").getDuedate()).isEqualTo(termEnds);
        assertThat(Pair.of(engine.getRuntimeService().getVariable(atJointMeeting.getId(), "pair"))).isEqualTo(pairBefore);
        pairs.meeting(atJointMeeting, "Task_JointMeeting", LocalDate.of(2026, 10, 19), PairDriver.joint(LocalDate.of(2026, 11, 2), true));
        pairs.feedback(atJointMeeting, 5);
        assertThat(pairs.tasksOf(atJointMeeting, "Task_FinalMeeting")).hasSize(1);

        // in feedback: the open feedback and its timer, then the next meeting
        assertThat(timer(inFeedback, "Timer_FeedbackOverdue").getDuedate()).isEqualTo(feedbackOverdue);
        pairs.feedback(inFeedback, 4);
        assertThat(pairs.tasksOf(inFeedback, "Task_JointMeeting")).hasSize(1);

        // a pair started now starts on version 2
        assertThat(engine.getRuntimeService().startProcessInstanceByKey("MentoringPair", "move-" + run,
                Map.of("pair", engine.getRuntimeService().getVariable(atAcquaintance.getId(), "pair"),
                        "schoolName", "Школа миграции " + run, "schoolYear", "2026/2027", "curator", "movecurator",
                        "schoolId", school.id()))
                .getProcessDefinitionId()).isEqualTo(version2.getId());
    }

    private void toJointMeeting(ProcessInstance pair) {
        pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 14), Map.of());
        pairs.meeting(pair, "Task_TrialMeeting", LocalDate.of(2026, 9, 21), Map.of());
        pairs.meeting(pair, "Task_PlanningMeeting", LocalDate.of(2026, 9, 28), PairDriver.planning(LocalDate.of(2026, 10, 5)));
    }

    /** Version 2 as a methodologist would draw it: one step renamed, one added before joint work. */
    private static String changedPairModel() throws IOException {
        String model = Files.readString(Path.of("processes/mentoring-pair.bpmn"), StandardCharsets.UTF_8)
                .replace("Task_TrialMeeting", "Task_TrialLesson")
                .replace("name=\"Провести пробную встречу\"", "name=\"Провести пробное занятие\"");
        String added = "<bpmn:userTask id=\"Task_AgreeProgramme\" name=\"Согласовать персональную программу с куратором\" "
                + "camunda:assignee=\"${curator}\" camunda:candidateGroups=\"${execution.tenantId}-curator\" camunda:formRef=\"feedback-overdue\" "
                + "camunda:formRefBinding=\"deployment\"><bpmn:extensionElements>"
                + "<camunda:taskListener delegateExpression=\"${checkFormListener}\" event=\"complete\" /></bpmn:extensionElements></bpmn:userTask>\n"
                + "      <bpmn:sequenceFlow id=\"Flow_ToAgreeProgramme\" sourceRef=\"ServiceTask_RecordPlanningMeeting\" targetRef=\"Task_AgreeProgramme\" />\n"
                + "      <bpmn:sequenceFlow id=\"Flow_ToJointWork\" sourceRef=\"Task_AgreeProgramme\" targetRef=\"SubProcess_JointWork\" />";
        String flow = "<bpmn:sequenceFlow id=\"Flow_ToJointWork\" sourceRef=\"ServiceTask_RecordPlanningMeeting\" targetRef=\"SubProcess_JointWork\" />";
        assertThat(model).contains(flow);
        return model.replace(flow, added);
    }

    private Http.Reply deployFromModeler(String model) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", DEPLOYMENT);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "false");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mentoring-pair.bpmn", model.getBytes(StandardCharsets.UTF_8));
        for (String form : PAIR_FORMS) {
            files.put(form + ".form", Files.readAllBytes(Path.of("forms", form + ".form")));
        }
        // the shared version of every school: the administrator's (a methodologist deploys for their school only)
        return new Http(port).as("admin", ProductionLikeEnvironment.ADMIN_PASSWORD)
                .postMultipart("/engine-rest/deployment/create", fields, files);
    }

    private Job timer(ProcessInstance pair, String activity) {
        return engine.getManagementService().createJobQuery().processInstanceId(pair.getId()).activityId(activity).singleResult();
    }

    private void runBatch(Batch batch) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())) {
            for (Job job : engine.getManagementService().createJobQuery().jobDefinitionId(definition).list()) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
    }

    private Http methodologist() {
        return new Http(port).as("movemethodologist", TestPeople.password("movemethodologist"));
    }
}
