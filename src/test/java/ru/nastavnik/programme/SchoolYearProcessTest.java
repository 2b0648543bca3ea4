package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;
import static ru.nastavnik.support.Rejections.rejectionOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.orders.OrderRecord;
import ru.nastavnik.orders.Orders;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MenteeStatus;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.support.EngineClock;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.QuestionnaireFixture;
import ru.nastavnik.support.Stage1Forms;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/** A school's whole year, stage 1 to stage 7, with the clock moved from September to June, and each escalation path. */
@NastavnikTest
class SchoolYearProcessTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, ClassData.of(SchoolYearProcessTest.class)).id();
    }

    @RegisterExtension
    final ProcessEngineExtension extension;

    private final ProcessEngine engine;
    @Autowired
    Orders orders;
    @Autowired
    MenteeBank mentees;
    @Autowired
    MentorBank mentors;

    private String run;
    private String school;
    private ProgrammeDriver driver;
    private ProgrammeSteps steps;
    private PairDriver pairs;

    @LocalServerPort
    int port;

    @Autowired
    SchoolYearProcessTest(ProcessEngine processEngine) {
        this.engine = processEngine;
        this.extension = ProcessEngineExtension.builder().useProcessEngine(processEngine);
        BpmnAwareTests.init(processEngine);
    }

    @BeforeEach
    void school() {
        IdentityService identity = engine.getIdentityService();
        TestPeople.ensure(identity, classSchool(), "yeardirector", Role.DIRECTOR, "Миронова", "Елена Павловна");
        TestPeople.ensure(identity, classSchool(), "yearcurator", Role.CURATOR, "Тарасова", "Юлия Андреевна");
        TestPeople.ensure(identity, classSchool(), "yearmethodologist", Role.METHODOLOGIST, "Егорова", "Лидия Петровна");
        TestMailServer.purge();
        run = UUID.randomUUID().toString().substring(0, 8);
        school = "Школа года " + run;
        driver = new ProgrammeDriver(engine, classSchool().id(), "year-" + run);
        steps = new ProgrammeSteps(driver, run);
        pairs = new PairDriver(engine, "year-" + run);
    }

    @Test
    void aSchoolTakesItsProgrammeFromStageOneToStageSevenInOneYear() {
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());
        assertThat(driver.programme()).isWaitingAt("Task_AppointCurator", "Task_InformParticipants", "Task_DefineGoals",
                "Task_FormMenteeBank", "Task_PublishInformation");

        steps.prepareConditions("yearcurator");
        driver.submit("Task_PublishInformation", new HashMap<>(Map.of("publicationSummary", "Новость о старте программы")));
        assertThat(driver.programme()).isWaitingAt("Task_FormMenteeBank", "Timer_NextPublication");

        steps.fillBanks();
        steps.selectAndTrainMentors();
        assertThat(driver.programme()).isWaitingAt("CallActivity_FormPairs");
        assertThat(driver.tasks("Task_FormPairs")).hasSize(1);

        formPairs();
        assertThat(driver.tasks("Task_SummarizePair")).hasSize(2);

        driver.at(LocalDateTime.of(2027, 6, 1, 10, 0));
        completePairs();
        closeTheYear();

        assertThat(driver.programme()).hasPassed("EndEvent_ProgrammeCompleted").isEnded();
        List<OrderRecord> signed = orders.list(classSchool().id()).stream().filter(order -> order.schoolName().equals(school)).toList();
        // the school numbers its orders through the year (other tests of this class sign orders in the same school)
        int first = signed.stream().mapToInt(OrderRecord::number).min().orElseThrow();
        assertThat(signed).extracting(OrderRecord::number)
                .containsExactlyInAnyOrder(first, first + 1, first + 2, first + 3, first + 4, first + 5);
        assertThat(signed).extracting(OrderRecord::title).contains(
                "О назначении куратора программы наставничества", "О формировании наставнических пар (групп)",
                "Об итогах реализации программы наставничества и поощрении наставников");
        assertThat(menteesOfThisRun()).extracting(Mentee::status).containsOnly(MenteeStatus.COMPLETED);
        assertThat(mentors.list(schoolId())).anyMatch(mentor -> mentor.fromMentee() && mentor.email().equals("young1." + run + "@test-school.example"));
        String summary = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(driver.programme().getId()).variableName("programmeSummary").singleResult().getValue();
        // the bank is the whole school's (other tests' mentees too), so the shares are checked in ProgrammeKpisTest
        assertThat(summary).contains("Доля молодых специалистов (0–3 года) в программах наставничества: ",
                "Удовлетворённость наставляемых: 50 % (цель 60 %)", "Удовлетворённость наставников: 90 % (цель 60 %)",
                "Наставнических пар и групп: 2");
    }

    @Test
    void stageOneRemindsTheDirectorTheMorningAfterTheFirstMonthAndEscalatesAWeekLater() {
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());

        LocalDateTime reminded = driver.fireDeadlineTimer("PREPARE_CONDITIONS", "Timer_StageOverdue");
        driver.executeDeadlineJob("PREPARE_CONDITIONS", "ServiceTask_RemindOfDeadline");
        assertThat(reminded).isEqualTo(LocalDateTime.of(2026, 10, 2, 9, 0));
        assertThat(TestMailServer.receivedBy("yeardirector@test-school.example")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Истёк срок: Этап 1. Подготовка условий для реализации системы наставничества"));

        LocalDateTime escalated = driver.fireDeadlineTimer("PREPARE_CONDITIONS", "Timer_StageEscalated");
        driver.executeDeadlineJob("PREPARE_CONDITIONS", "ServiceTask_EscalateDeadline");
        assertThat(escalated).isEqualTo(LocalDateTime.of(2026, 10, 9, 9, 0));
        assertThat(TestMailServer.receivedBy("yeardirector@test-school.example")).hasSize(2);
        assertThat(driver.deadlineTask("PREPARE_CONDITIONS").getName()).isEqualTo("Принять меры: просрочен этап 1");
        assertThat(driver.programme()).isWaitingAt("Task_AppointCurator", "CallActivity_PrepareConditionsDeadline");
        assertThat(engine.getTaskService().createTaskQuery().taskId(driver.deadlineTask("PREPARE_CONDITIONS").getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("stage-overdue");
    }

    @Test
    void theMenteeBankDeadlineFollowsTheCuratorsSettingAndRemindsTheCurator() {
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of("menteeBankDue", "2026-10-20", "escalationDays", 3L));
        steps.prepareConditions("yearcurator");
        TestMailServer.purge();

        assertThat(driver.fireDeadlineTimer("MENTEE_BANK", "Timer_StageOverdue")).isEqualTo(LocalDateTime.of(2026, 10, 21, 9, 0));
        driver.executeDeadlineJob("MENTEE_BANK", "ServiceTask_RemindOfDeadline");
        assertThat(TestMailServer.receivedBy("yearcurator@test-school.example")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Истёк срок: Этап 2. Формирование банка наставляемых"));

        assertThat(driver.fireDeadlineTimer("MENTEE_BANK", "Timer_StageEscalated")).isEqualTo(LocalDateTime.of(2026, 10, 24, 9, 0));
        driver.executeDeadlineJob("MENTEE_BANK", "ServiceTask_EscalateDeadline");
        assertThat(TestMailServer.receivedBy("yeardirector@test-school.example")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Эскалация: просрочен этап «Этап 2. Формирование банка наставляемых»"));
        assertThat(driver.deadlineTask("MENTEE_BANK")).isNotNull();
    }

    @Test
    void aStageFinishedInTimeNeverReminds() {
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());
        steps.prepareConditions("yearcurator");

        assertThat(driver.deadlineWatch("PREPARE_CONDITIONS")).as("stage 1's deadline lifted when the stage was done").isEmpty();
        assertThat(driver.deadlineJob("MENTEE_BANK", "Timer_StageOverdue").getDuedate()).isNotNull();
    }

    @Test
    void laterStagesEscalateToo() {
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());
        steps.prepareConditions("yearcurator");
        driver.submit("Task_FormMenteeBank", ProgrammeSteps.bank("menteeRows", steps.menteeRows()));
        assertThat(driver.fireDeadlineTimer("MENTOR_BANK", "Timer_StageOverdue")).isEqualTo(LocalDateTime.of(2026, 10, 2, 9, 0));
        driver.executeDeadlineJob("MENTOR_BANK", "ServiceTask_RemindOfDeadline");
        driver.submit("Task_FormMentorBank", ProgrammeSteps.bank("mentorRows", steps.mentorRows()));

        assertThat(driver.fireDeadlineTimer("MENTOR_SELECTION", "Timer_StageOverdue")).isEqualTo(LocalDateTime.of(2026, 11, 2, 9, 0));
        driver.executeDeadlineJob("MENTOR_SELECTION", "ServiceTask_RemindOfDeadline");
        driver.fireDeadlineTimer("MENTOR_SELECTION", "Timer_StageEscalated");
        driver.executeDeadlineJob("MENTOR_SELECTION", "ServiceTask_EscalateDeadline");
        assertThat(driver.deadlineTask("MENTOR_SELECTION")).isNotNull();
        steps.selectAndTrainMentors();
        assertThat(driver.deadlineTask("MENTOR_SELECTION")).as("the director's measures outlive the stage").isNotNull();
        assertThat(driver.deadlineJob("MENTOR_SELECTION", "Timer_StageOverdue")).as("the stage's timers do not").isNull();

        assertThat(driver.fireDeadlineTimer("PAIRS_FORMED", "Timer_StageOverdue")).as("two weeks after stage 4's deadline").isEqualTo(LocalDateTime.of(2026, 11, 16, 9, 0));
        driver.executeDeadlineJob("PAIRS_FORMED", "ServiceTask_RemindOfDeadline");
        driver.fireDeadlineTimer("PAIRS_FORMED", "Timer_StageEscalated");
        driver.executeDeadlineJob("PAIRS_FORMED", "ServiceTask_EscalateDeadline");
        assertThat(driver.deadlineTask("PAIRS_FORMED").getName()).isEqualTo("Принять меры: просрочен этап 5");
        allowLateApprovals();
        formPairs();

        assertThat(driver.fireDeadlineTimer("COMPLETION", "Timer_StageOverdue")).isEqualTo(LocalDateTime.of(2027, 11, 16, 9, 0));
        driver.executeDeadlineJob("COMPLETION", "ServiceTask_RemindOfDeadline");
        driver.fireDeadlineTimer("COMPLETION", "Timer_StageEscalated");
        driver.executeDeadlineJob("COMPLETION", "ServiceTask_EscalateDeadline");
        assertThat(driver.deadlineTask("COMPLETION").getName()).isEqualTo("Принять меры: просрочен этап 6");
    }

    @Test
    void aFourthMenteeForAMentorIsRefusedAndNothingIsSaved() {
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());
        steps.prepareConditions("yearcurator");
        driver.submit("Task_FormMenteeBank", ProgrammeSteps.bank("menteeRows", steps.menteeRows() + "Четвёртая " + run + " Анна\tfourth." + run
                + "@test-school.example\tХимия\t01.09.2026\t1\n"));
        driver.submit("Task_FormMentorBank", ProgrammeSteps.bank("mentorRows", steps.mentorRows()));
        steps.selectAndTrainMentors();
        String mentor = driver.option("Task_FormPairs", "mentorOptions", "Громов " + run);
        String[] four = {driver.option("Task_FormPairs", "menteeOptions", "Молодой " + run),
                driver.option("Task_FormPairs", "menteeOptions", "Молодая " + run),
                driver.option("Task_FormPairs", "menteeOptions", "Опытный " + run),
                driver.option("Task_FormPairs", "menteeOptions", "Четвёртая " + run)};

        assertThat(rejectionOf(() -> driver.submit("Task_FormPairs", pair(mentor, 9, "group", false, four))).problems())
                .containsExactly("Пара 1: у наставника может быть от одного до трёх наставляемых.",
                        "Пара 1: у наставника Громов " + run + " Пётр свободно мест: 3 — больше трёх наставляемых одновременно нельзя.");
        driver.submit("Task_FormPairs", pair(mentor, 9, "group", true, four[0], four[1]));
        assertThat(rejectionOf(() -> driver.submit("Task_FormPairs", pair(mentor, 9, "group", false, four[2], four[3]))).getMessage())
                .contains("свободно мест: 3 — больше трёх наставляемых одновременно нельзя");
        assertThat(rejectionOf(() -> driver.submit("Task_FormPairs", pair(mentor, 13, "group", false, four[2]))).getMessage())
                .contains("«Срок, месяцев»");
        assertThat(menteesOfThisRun()).extracting(Mentee::status).containsOnly(MenteeStatus.WAITING);
    }

    @Test
    void theCuratorClosesTheListOfPairsWithAnEmptyFormOnceAPairIsEntered() {
        driver.start(school, LocalDate.of(2026, 9, 1), Map.of());
        steps.prepareConditions("yearcurator");
        steps.fillBanks();
        steps.selectAndTrainMentors();
        assertThat(rejectionOf(() -> driver.submit("Task_FormPairs", new HashMap<>())).problems())
                .contains("Заполните поле «Наставник».");

        String mentor = driver.option("Task_FormPairs", "mentorOptions", "Зуева " + run);
        driver.submit("Task_FormPairs", pair(mentor, 6, "peer", true, driver.option("Task_FormPairs", "menteeOptions", "Опытный " + run)));
        assertThat(engine.getFormService().getTaskFormVariables(driver.task("Task_FormPairs").getId()).get("addAnotherPair"))
                .as("the next form starts unticked").isNull();
        driver.submit("Task_FormPairs", new HashMap<>(Map.of("addAnotherPair", false)));

        assertThat(driver.programme()).isWaitingAt("CallActivity_FormPairs");
        assertThat(pairs.tasks("Task_MentorConsent")).hasSize(1);
        assertThat(pairs.tasks("Task_MenteeConsent")).hasSize(1);
        assertThat(menteesOfThisRun()).filteredOn(mentee -> mentee.status() == MenteeStatus.PROPOSED).hasSize(1);
        pairs.consentAll();
        assertThat(driver.tasks("Task_SignOrder")).as("the order on forming the pair waits for the director").hasSize(1);
    }

    // ------------------------------------------------------------------ the steps of the year

    private void formPairs() {
        String mentorA = driver.option("Task_FormPairs", "mentorOptions", "Громов " + run);
        String mentorB = driver.option("Task_FormPairs", "mentorOptions", "Зуева " + run);
        String young1 = driver.option("Task_FormPairs", "menteeOptions", "Молодой " + run + " Первый");
        String young2 = driver.option("Task_FormPairs", "menteeOptions", "Молодая " + run + " Вторая");
        String senior = driver.option("Task_FormPairs", "menteeOptions", "Опытный " + run);
        assertThat(driver.optionLabel("Task_FormPairs", "menteeOptions", "Молодой " + run))
                .as("the bank suggests a mentor whose tags meet the subject (other runs' Громов are as good)")
                .contains("; подходит: Громов ", "(совпадает: математика)");
        driver.submit("Task_FormPairs", pair(mentorA, 9, "teacherTeacher", true, young1, young2));
        assertThat(driver.option("Task_FormPairs", "mentorOptions", "Громов " + run)).as("one place left").isEqualTo(mentorA);
        driver.submit("Task_FormPairs", pair(mentorB, 6, "peer", false, senior));
        pairs.consentAll();
        driver.signOrder();
        LocalDate approved = EngineClock.today();
        for (ProcessInstance pair : pairs.pairs()) {
            pairs.meetAll(pair, approved);
        }
    }

    private void completePairs() {
        for (var task : driver.tasks("Task_SummarizePair")) {
            Map<?, ?> pair = (Map<?, ?>) engine.getTaskService().getVariable(task.getId(), "pair");
            boolean first = ((List<?>) pair.get("menteeIds")).size() == 2;
            engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(Map.of(
                    "pairSuccessful", first ? "yes" : "no", "pairResults", first ? "Программа выполнена" : "Не завершена")));
        }
    }

    /**
     * Stage 6 sends the satisfaction questionnaire; two of the three mentees answer from their letters (satisfied, not
     * satisfied), no mentor does: the report takes 50 % for mentees, and the curator's paper figure only for mentors.
     */
    private void closeTheYear() {
        driver.submit("Task_CloseStageFive", new HashMap<>(Map.of("pairWorkSummary", "Все пары завершили работу")));
        TestMailServer.purge();
        driver.executeJob("ServiceTask_SendSatisfactionQuestionnaire");
        Http http = new Http(port);
        for (String mentee : List.of("young1", "young2")) {
            List<String> links = QuestionnaireFixture.linksTo(steps.email(mentee), "Анкета: удовлетворённость");
            assertThat(links).hasSize(1);
            assertThat(QuestionnaireFixture.answerMenteeSatisfaction(http, links.get(0), mentee.equals("young1") ? 5 : 3).status())
                    .isEqualTo(200);
        }
        assertThat(TestMailServer.receivedBy(steps.email("gromov"))).as("the mentor of two mentees is asked once").hasSize(1);
        driver.submit("Task_CollectFeedback", new HashMap<>(Map.of("menteeSatisfaction", 80L, "mentorSatisfaction", 90L,
                "reflection", "Рефлексия проведена")));
        driver.submit("Task_FinalEvent", new HashMap<>(Map.of("finalEventDate", "2027-06-05", "successfulCases", "Кейс пары Громова")));
        driver.executeJob("ServiceTask_CloseProgramme");
        driver.signOrder();
    }

    /** The 30 days of this run's mentees ran out meanwhile: the director allows their mentors to be approved later. */
    private void allowLateApprovals() {
        for (Mentee mentee : menteesOfThisRun()) {
            String watch = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(mentee.id())
                    .processDefinitionKey("MentorApprovalDeadline").singleResult().getId();
            var missed = engine.getManagementService().createJobQuery().processInstanceId(watch)
                    .activityId("Timer_ApprovalMissed").singleResult();
            engine.getManagementService().executeJob(missed.getId());
            var decision = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(mentee.id())
                    .taskDefinitionKey("Task_DecideLateApproval").singleResult();
            engine.getFormService().submitTaskForm(decision.getId(), new HashMap<>(Map.of("lateApprovalDecision", "allow",
                    "lateApprovalReason", "Приказ задержан из-за проверки")));
        }
    }

    private List<Mentee> menteesOfThisRun() {
        return mentees.list(schoolId()).stream().filter(mentee -> mentee.email().contains("." + run + "@")).toList();
    }

    /** This class's school: its instances and people are there. */
    private School classSchool() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
