package ru.nastavnik.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.identity.Role;
import ru.nastavnik.pair.PairStandIns;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * The release that moved the writes out of listeners (issue 14) meets a school that ran the previous release
 * (283f3b0): an order waits for the director's signature and a programme waits at the mentee bank, both on models
 * whose writes sat in complete listeners. The next start deploys the new release; the upgrade moves both instances,
 * with their variables and timers, onto it; the director signs and the curator saves the bank, and the writes happen in
 * the new service tasks. The old versions stay readable, but nothing new starts on them.
 */
@NastavnikTest
class ReleaseUpgradeTest {

    /** The name ModelDeployment gives the release's deployment at every start. */
    private static final String RELEASE = "nastavnik";
    private static final Path PREVIOUS_RELEASE = Path.of("src/test/resources/migration/release-283f3b0");

    private final ProcessEngine engine;
    private final ApplicationContext application;
    private final JdbcTemplate jdbc;
    @Autowired
    Schools schools;
    /** The school that ran the previous release: its instances were started in it (V8__schools adopts such a school). */
    private School school;
    private String run;
    private String previousRelease;

    @Autowired
    ReleaseUpgradeTest(ProcessEngine engine, ApplicationContext application, JdbcTemplate jdbc) {
        this.engine = engine;
        this.application = application;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void thePreviousReleaseIsRunning() throws IOException {
        school = TestSchools.of(schools, ClassData.of(ReleaseUpgradeTest.class));
        TestPeople.ensure(engine.getIdentityService(), school, "upgradedirector", Role.DIRECTOR, "Гусева", "Анна Павловна");
        TestPeople.ensure(engine.getIdentityService(), school, "upgradecurator", Role.CURATOR, "Соколова", "Ирина Олеговна");
        run = UUID.randomUUID().toString().substring(0, 8);
        previousRelease = deployStoredBeforeTheRules();
    }

    @AfterEach
    void removeThePreviousRelease() {
        engine.getRepositoryService().deleteDeployment(previousRelease, true);
    }

    @Test
    void runningInstancesOfThePreviousReleaseMoveToTheNewOneAndWriteThroughItsServiceTasks() throws Exception {
        ProcessInstance order = engine.getRuntimeService().startProcessInstanceByKey("OrderSigning", "upgrade-order-" + run, orderFacts());
        ProgrammeDriver school = new ProgrammeDriver(engine, this.school.id(), "upgrade-" + run);
        ProcessInstance programme = school.start("Школа обновления " + run, LocalDate.of(2026, 9, 1), Map.of());
        String oldOrderVersion = order.getProcessDefinitionId();
        String oldProgrammeVersion = programme.getProcessDefinitionId();
        assertThat(deploymentOf(oldOrderVersion)).isEqualTo(previousRelease);
        assertThat(deploymentOf(oldProgrammeVersion)).isEqualTo(previousRelease);
        String orderId = (String) engine.getRuntimeService().getVariable(order.getId(), "orderId");
        Task signing = task(order, "Task_SignOrder");
        Task bank = school.task("Task_FormMenteeBank");
        Date bankOverdue = timer(programme, "Timer_MenteeBankOverdue");
        Date bankEscalated = timer(programme, "Timer_MenteeBankEscalated");

        // the next start: the release's models are deployed, and the upgrade follows
        application.getBean("modelDeployment", ApplicationRunner.class).run(null);

        ProcessDefinition newOrderVersion = latest("OrderSigning");
        ProcessDefinition newProgrammeVersion = latest("MentoringProgramme");
        assertThat(newOrderVersion.getId()).isNotEqualTo(oldOrderVersion);
        assertThat(definitionOf(order)).isEqualTo(newOrderVersion.getId());
        assertThat(definitionOf(programme)).isEqualTo(newProgrammeVersion.getId());
        assertThat(engine.getRuntimeService().getVariable(order.getId(), "orderId")).isEqualTo(orderId);
        assertThat(engine.getRuntimeService().getVariable(programme.getId(), "schoolName")).isEqualTo("Школа обновления " + run);
        assertThat(task(order, "Task_SignOrder").getId()).as("the same task, not a new one").isEqualTo(signing.getId());
        assertThat(school.task("Task_FormMenteeBank").getId()).isEqualTo(bank.getId());
        assertThat(school.deadlineJob("MENTEE_BANK", "Timer_StageOverdue").getDuedate()).isEqualTo(bankOverdue);
        assertThat(school.deadlineJob("MENTEE_BANK", "Timer_StageEscalated").getDuedate()).isEqualTo(bankEscalated);

        // nothing new starts on the old versions, though they stay readable
        assertThat(engine.getRepositoryService().getProcessDefinition(oldOrderVersion).isSuspended()).isTrue();
        Object oldSigningTask = engine.getRepositoryService().getBpmnModelInstance(oldOrderVersion).getModelElementById("Task_SignOrder");
        assertThat(oldSigningTask).isNotNull();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceById(oldOrderVersion, orderFacts()))
                .isInstanceOf(SuspendedEntityInteractionException.class);

        // the director signs: the order is numbered and signed by the new service task
        engine.getTaskService().setAssignee(signing.getId(), "upgradedirector");
        TestPeople.authenticate(engine.getIdentityService(), "upgradedirector");
        try {
            engine.getFormService().submitTaskForm(signing.getId(), new HashMap<>(Map.of("orderDecision", "sign")));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Map<String, Object> signed = jdbc.queryForMap("select status, number, signed_by from nst_order where id = ?", orderId);
        assertThat(signed.get("status")).isEqualTo("SIGNED");
        assertThat(signed.get("number")).isNotNull();
        assertThat(signed.get("signed_by")).isEqualTo("upgradedirector");
        assertThat(executed(order, "ServiceTask_SignOrder")).isTrue();

        // the curator forms the mentee bank: the rows are saved by the new service task
        String email = "upgrade." + run + "@school.example";
        school.submit("Task_FormMenteeBank", new HashMap<>(Map.of("menteeRows",
                "ФИО\tEmail\tПредмет\tДата начала работы\tСтаж (лет)\nНовикова " + run + " Вера\t" + email + "\tХимия\t01.09.2026\t1\n",
                "bankComplete", true)));
        assertThat(jdbc.queryForObject("select count(*) from nst_mentee where email = ?", Integer.class, email)).isEqualTo(1);
        assertThat(executed(programme, "ServiceTask_SaveMenteeBank")).isTrue();
        assertThat(engine.getRuntimeService().getVariable(programme.getId(), "menteeCount")).isNotNull();
    }

    /**
     * The previous release drew a reminder-and-escalation block beside each stage; the new one calls the stage-deadline
     * process. A programme whose stage 1 is escalated (the director's task open) and whose stage 2 waits for its
     * deadline moves over: stage 2's timers come back on the same dates in its stage-deadline process and still remind
     * and escalate (the reminder stage 2's block had sent is not sent again); stage 1's open task is the director's
 * again, in its own.
     */
    /**
     * The previous release asked the mentees for consent and feedback in multi-instance tasks that wrote in a complete
     * listener; the new one asks in a multi-instance sub-process whose service task writes. A proposal of a group waits
     * for its mentor's and both mentees' consent, and a working pair waits for feedback on a joint meeting; after the
     * upgrade each waits at the tasks of the same people, the feedback's timers on the same dates, and every answer is
     * written by the new service tasks. (The instances are placed directly: the previous release's writing listeners
     * are gone, so its steps before these cannot run any more.)
     */
    @Test
    void aMenteesConsentAndAMenteesFeedbackMoveIntoTheirSubProcessesAndAreWrittenByTheServiceTask() throws Exception {
        String key = "upgrade-pair-" + run;
        PairDriver pairs = new PairDriver(engine, key);
        LocalDate start = LocalDate.of(2026, 9, 10);
        String proposalId = "upgrade-proposal-" + run;
        List<String> group = List.of("upgrade-mentee-1-" + run, "upgrade-mentee-2-" + run);
        ProcessInstance proposal = engine.getRuntimeService().startProcessInstanceById(latest("PairConsent").getId(), key,
                Map.of("pair", JsonVariables.object(PairStandIns.pair(proposalId, "upgrade-mentor-" + run, group, start, start.plusMonths(9))),
                        "curator", "upgradecurator", "schoolId", school.id()));
        String pairId = "upgrade-pair-" + run;
        String meetingId = "upgrade-meeting-" + run;
        Map<String, Object> working = new HashMap<>();
        working.put("pair", JsonVariables.object(PairStandIns.pair(pairId, "upgrade-mentor-2-" + run, List.of("upgrade-mentee-3-" + run), start, start.plusMonths(6))));
        working.put("curator", "upgradecurator");
        working.put("schoolId", school.id());
        working.put("lastMeetingId", meetingId);
        working.put("lastMeetingDate", "2026-10-05");
        working.put("plannedMeetingDate", "2026-10-19");
        ProcessInstance pair = engine.getRuntimeService().createProcessInstanceById(latest("MentoringPair").getId()).businessKey(key)
                .setVariables(working).startBeforeActivity("SubProcess_Feedback").execute();
        assertThat(deploymentOf(proposal.getProcessDefinitionId())).isEqualTo(previousRelease);
        assertThat(deploymentOf(pair.getProcessDefinitionId())).isEqualTo(previousRelease);
        assertThat(pairs.tasksOf(proposal, "Task_MenteeConsent")).hasSize(2);
        Task mentorsFeedback = pairs.taskOf(pair, "Task_MentorFeedback");
        Date feedbackOverdue = timer(pair, "Timer_FeedbackOverdue");
        Date feedbackEscalated = timer(pair, "Timer_FeedbackEscalated");

        application.getBean("modelDeployment", ApplicationRunner.class).run(null);

        assertThat(definitionOf(pair)).isEqualTo(latest("MentoringPair").getId());
        assertThat(definitionOf(proposal)).isEqualTo(latest("PairConsent").getId());
        assertThat(deploymentOf(definitionOf(pair))).isNotEqualTo(previousRelease);
        assertThat(pairs.taskOf(pair, "Task_MentorFeedback").getId()).as("the mentor's task is the same").isEqualTo(mentorsFeedback.getId());
        assertThat(pairs.tasksOf(pair, "Task_MenteeFeedback")).hasSize(1);
        assertThat(timer(pair, "Timer_FeedbackOverdue")).isEqualTo(feedbackOverdue);
        assertThat(timer(pair, "Timer_FeedbackEscalated")).isEqualTo(feedbackEscalated);
        assertThat(pairs.tasksOf(proposal, "Task_MenteeConsent")).as("one for each mentee of the group").hasSize(2);
        assertThat(pairs.tasksOf(proposal, "Task_MentorConsent")).hasSize(1);

        engine.getFormService().submitTaskForm(pairs.taskOf(pair, "Task_MentorFeedback").getId(), new HashMap<>(Map.of("feedbackRating", "4")));
        engine.getFormService().submitTaskForm(pairs.taskOf(pair, "Task_MenteeFeedback").getId(),
                new HashMap<>(Map.of("feedbackRating", "5", "feedbackComment", "Полезная встреча")));
        pairs.settle();
        assertThat(jdbc.queryForList("select person_id || ':' || rating from nst_feedback where meeting_id = ?", String.class, meetingId))
                .containsExactlyInAnyOrder("upgrade-mentor-2-" + run + ":4", "upgrade-mentee-3-" + run + ":5");
        assertThat(executed(pair, "ServiceTask_RecordMentorFeedback")).isTrue();
        assertThat(executed(pair, "ServiceTask_RecordMenteeFeedback")).isTrue();
        assertThat(timerOrNull(pair, "Timer_FeedbackOverdue")).as("the feedback is complete").isNull();

        engine.getFormService().submitTaskForm(pairs.taskOf(proposal, "Task_MentorConsent").getId(), new HashMap<>(Map.of("consentDecision", "agree")));
        for (Task consent : pairs.tasksOf(proposal, "Task_MenteeConsent")) {
            engine.getFormService().submitTaskForm(consent.getId(), new HashMap<>(Map.of("consentDecision", "agree")));
        }
        pairs.settle();
        assertThat(jdbc.queryForList("select person_id from nst_consent where pair_id = ? and agreed", String.class, proposalId))
                .containsExactlyInAnyOrder("upgrade-mentor-" + run, group.get(0), group.get(1));
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(proposal.getId())
                .activityId("ServiceTask_RecordMenteeConsent").finished().count()).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(proposal.getId())
                .activityId("EndEvent_ConsentsGiven").finished().count()).isEqualTo(1);
    }

    @Test
    void anInstanceOnAVersionTheMethodologistDeployedIsLeftToHerMigration() throws Exception {
        String hers = engine.getRepositoryService().createDeployment().name("order-signing-methodologist")
                .addInputStream("order-signing.bpmn", Files.newInputStream(Path.of("processes/order-signing.bpmn")))
                .addInputStream("sign-order.form", Files.newInputStream(Path.of("forms/sign-order.form")))
                .addInputStream("rework-order.form", Files.newInputStream(Path.of("forms/rework-order.form")))
                .deploy().getId();
        try {
            ProcessInstance order = engine.getRuntimeService().startProcessInstanceByKey("OrderSigning", "upgrade-hers-" + run, orderFacts());
            String herVersion = order.getProcessDefinitionId();
            assertThat(deploymentOf(herVersion)).isEqualTo(hers);

            application.getBean("modelDeployment", ApplicationRunner.class).run(null);

            assertThat(latest("OrderSigning").getId()).as("the release is newer").isNotEqualTo(herVersion);
            assertThat(definitionOf(order)).as("hers stays on her version").isEqualTo(herVersion);
            assertThat(engine.getRepositoryService().getProcessDefinition(herVersion).isSuspended()).isFalse();
        } finally {
            engine.getRepositoryService().deleteDeployment(hers, true);
        }
    }

    @Test
    void aProgrammeInsideItsReminderBlocksKeepsItsDeadlinesAndItsEscalation() throws Exception {
        ProgrammeDriver school = new ProgrammeDriver(engine, this.school.id(), "upgrade-deadlines-" + run);
        ProcessInstance programme = school.start("Школа сроков " + run, LocalDate.of(2026, 9, 1), Map.of());
        assertThat(deploymentOf(programme.getProcessDefinitionId())).isEqualTo(previousRelease);
        school.fireTimer("Timer_PrepareConditionsOverdue");
        school.executeJob("ServiceTask_RemindPrepareConditions");
        school.fireTimer("Timer_PrepareConditionsEscalated");
        school.executeJob("ServiceTask_EscalatePrepareConditions");
        assertThat(school.task("Task_ResolvePrepareConditionsOverdue")).isNotNull();
        Date bankOverdue = timer(programme, "Timer_MenteeBankOverdue");
        Date bankEscalated = timer(programme, "Timer_MenteeBankEscalated");
        school.fireTimer("Timer_MenteeBankOverdue");
        school.executeJob("ServiceTask_RemindMenteeBank");
        int curatorsLetters = TestMailServer.receivedBy("upgradecurator@test-school.example").size();
        assertThat(curatorsLetters).as("stage 2's reminder, sent by the old block").isPositive();

        application.getBean("modelDeployment", ApplicationRunner.class).run(null);

        assertThat(definitionOf(programme)).isEqualTo(latest("MentoringProgramme").getId());
        assertThat(school.tasks("Task_ResolvePrepareConditionsOverdue")).isEmpty();
        Task measures = school.deadlineTask("PREPARE_CONDITIONS");
        assertThat(measures.getName()).isEqualTo("Принять меры: просрочен этап 1");
        assertThat(school.deadlineJob("PREPARE_CONDITIONS", "Timer_StageOverdue")).as("stage 1's timers fired before").isNull();
        assertThat(school.deadlineJob("PREPARE_CONDITIONS", "Timer_StageEscalated")).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(measures.getId())).anyMatch(link -> SchoolGroups.groupId(this.school.id(), Role.DIRECTOR).equals(link.getGroupId()));
        assertThat(school.deadlineJob("MENTEE_BANK", "Timer_StageOverdue").getDuedate()).isEqualTo(bankOverdue);
        assertThat(school.deadlineJob("MENTEE_BANK", "Timer_StageEscalated").getDuedate()).isEqualTo(bankEscalated);

        school.fireDeadlineTimer("MENTEE_BANK", "Timer_StageOverdue");
        school.executeDeadlineJob("MENTEE_BANK", "ServiceTask_RemindOfDeadline");
        assertThat(TestMailServer.receivedBy("upgradecurator@test-school.example")).as("the reminder is not sent twice").hasSize(curatorsLetters);
        school.fireDeadlineTimer("MENTEE_BANK", "Timer_StageEscalated");
        school.executeDeadlineJob("MENTEE_BANK", "ServiceTask_EscalateDeadline");
        assertThat(school.deadlineTask("MENTEE_BANK").getName()).isEqualTo("Принять меры: просрочен этап 2");

        engine.getFormService().submitTaskForm(measures.getId(), new HashMap<>(Map.of("overdueMeasures", "Рабочая группа собрана")));
        assertThat(school.deadlineWatch("PREPARE_CONDITIONS")).as("measures taken, stage 1's deadline closed").isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(programme.getId()).count()).isEqualTo(1);
    }

    /**
     * The previous release as the school's database holds it, stored before today's model rules: the guard checks a
     * new deployment only, so the test stores it without the guard, as the previous release's own start did.
     */
    private String deployStoredBeforeTheRules() throws IOException {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(RELEASE).source(RELEASE);
        try (Stream<Path> models = Files.list(PREVIOUS_RELEASE); Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path file : Stream.concat(models, forms).sorted().toList()) {
                String folder = file.toString().endsWith(".bpmn") ? "processes/" : "forms/";
                try (InputStream content = Files.newInputStream(file)) {
                    deployment.addInputStream(folder + file.getFileName(), content);
                }
            }
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DeploymentCache cache = configuration.getDeploymentCache();
        List<Deployer> deployers = configuration.getDeployers();
        cache.setDeployers(deployers.stream().filter(deployer -> !deployer.getClass().getSimpleName().equals("DeploymentGuard")).toList());
        try {
            return deployment.deploy().getId();
        } finally {
            cache.setDeployers(deployers);
            // read again from the database when next used, through the guard's check of stored models
            cache.discardProcessDefinitionCache();
        }
    }

    private Map<String, Object> orderFacts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("orderKind", "FORM_PAIRS");
        facts.put("schoolName", "Школа обновления " + run);
        facts.put("schoolYear", "2026/2027");
        facts.put("curator", "upgradecurator");
        facts.put("schoolId", school.id());
        facts.put("pairs", SpinValues.jsonValue("[{\"mentorName\": \"Белов Игорь Сергеевич\", "
                + "\"menteeNames\": [\"Зайцева Ольга Петровна\"], \"months\": 9, \"form\": \"teacherTeacher\"}]").create());
        return facts;
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Date timer(ProcessInstance instance, String activity) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                .singleResult().getDuedate();
    }

    private Date timerOrNull(ProcessInstance instance, String activity) {
        var job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
        return job == null ? null : job.getDuedate();
    }

    private boolean executed(ProcessInstance instance, String activity) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activity).finished().count() == 1;
    }

    private ProcessDefinition latest(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    private String deploymentOf(String definitionId) {
        return engine.getRepositoryService().getProcessDefinition(definitionId).getDeploymentId();
    }
}
