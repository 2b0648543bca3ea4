package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;
import static ru.nastavnik.support.Rejections.rejectionOf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.common.Refused;
import ru.nastavnik.orders.OrderRecord;
import ru.nastavnik.orders.Orders;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MenteeStatus;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.support.Browser;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.QuestionnaireJobs;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/**
 * The life of a pair as its people live it: the curator proposes, mentor and mentee consent (in Tasklist, as
 * themselves), the director signs, the mentor records the five kinds of meetings with feedback from both sides and gets
 * reminders in between, and the pair completes into both banks. Then every branch: a refusal, the 30-day rule, an
 * absence that extends the term, early termination, feedback overdue.
 */
@NastavnikTest
class PairLifeTest {

    @Autowired
    Schools schools;

    private static final LocalDate SCHOOL_START = LocalDate.of(2026, 9, 1);

    @RegisterExtension
    final ProcessEngineExtension extension;

    private final ProcessEngine engine;
    @Autowired
    MenteeBank mentees;
    @Autowired
    MentorBank mentors;
    @Autowired
    Orders orders;
    @Autowired
    PairChanges changes;
    @Autowired
    MeetingRecords meetings;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private String run;
    private ProgrammeDriver driver;
    private ProgrammeSteps steps;
    private PairDriver pairs;
    private String young;
    private String mentorLogin;
    private String menteeLogin;

    @Autowired
    PairLifeTest(ProcessEngine processEngine) {
        this.engine = processEngine;
        this.extension = ProcessEngineExtension.builder().useProcessEngine(processEngine);
        BpmnAwareTests.init(processEngine);
    }

    @BeforeEach
    void school() {
        TestPeople.ensure(engine.getIdentityService(), classSchool(), "lifedirector", Role.DIRECTOR, "Белова", "Нина Сергеевна");
        TestPeople.ensure(engine.getIdentityService(), classSchool(), "lifecurator", Role.CURATOR, "Гусева", "Ирина Олеговна");
        TestMailServer.purge();
        run = UUID.randomUUID().toString().substring(0, 8);
        driver = new ProgrammeDriver(engine, classSchool().id(), "life-" + run);
        steps = new ProgrammeSteps(driver, run);
        pairs = new PairDriver(engine, "life-" + run);
        mentorLogin = "gromov" + run;
        menteeLogin = "young" + run;
        person(mentorLogin, "mentor", "Громов", steps.email("gromov"));
        person(menteeLogin, "mentee", "Молодой", steps.email("young1"));
        driver.start("Школа пар " + run, SCHOOL_START, Map.of());
        steps.toFormingPairs("lifecurator");
    }

    @Test
    void aPairIsFormedWithConsentsMeetsFiveTimesWithFeedbackAndCompletesIntoBothBanks() throws Exception {
        young = steps.young1();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young));
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.PROPOSED);
        assertThat(mentors.find(mentee(young).mentorId()).orElseThrow().load()).as("a proposal holds a place").isEqualTo("1 из 3");

        Task mentorConsent = pairs.tasks("Task_MentorConsent").get(0);
        Task menteeConsent = pairs.tasks("Task_MenteeConsent").get(0);
        assertThat(mentorConsent.getAssignee()).isEqualTo(mentorLogin);
        assertThat(menteeConsent.getAssignee()).isEqualTo(menteeLogin);
        assertThat(engine.getTaskService().getVariable(menteeConsent.getId(), "consentText").toString())
                .contains("Наставляемый **Молодой " + run + " Первый** — наставник: **Громов " + run + " Пётр**", "срок: 6 мес.");
        assertThat(submitAs(mentorLogin, mentorConsent, "{\"consentDecision\":{\"value\":\"agree\"}}")).isEqualTo(204);
        assertThat(submitAs(menteeLogin, menteeConsent, "{\"consentDecision\":{\"value\":\"agree\"}}")).isEqualTo(204);
        pairs.settle();
        assertThat(jdbc.queryForList("select recorded_by from nst_consent where person_id in (?, ?) order by person_kind desc",
                String.class, mentee(young).mentorId(), young)).containsExactly(mentorLogin, menteeLogin);

        LocalDate approved = LocalDate.of(2026, 9, 25);
        driver.at(approved.atTime(10, 0));
        driver.signOrder();
        ProcessInstance pair = onlyPair();
        Mentee inPair = mentee(young);
        assertThat(inPair.status()).isEqualTo(MenteeStatus.IN_PAIR);
        assertThat(inPair.mentorApprovedOn()).isEqualTo(approved);
        assertThat(inPair.endDate()).isEqualTo(approved.plusMonths(6));
        assertThat(watchOf(young)).as("the 30-day watch ends with the order").isNull();
        assertThat(orders.list()).filteredOn(order -> order.schoolName().equals("Школа пар " + run))
                .extracting(OrderRecord::title).contains("О формировании наставнических пар (групп)");

        pairs.meeting(pair, "Task_AcquaintanceMeeting", approved.plusDays(2), Map.of());
        pairs.meeting(pair, "Task_TrialMeeting", approved.plusDays(9), Map.of());
        assertThat(pairs.taskOf(pair, "Task_PlanningMeeting").getAssignee()).isEqualTo(mentorLogin);
        pairs.meeting(pair, "Task_PlanningMeeting", approved.plusDays(16), PairDriver.planning(approved.plusDays(30)));
        assertThat(engine.getRuntimeService().getVariable(pair.getId(), "programmeGoal")).isEqualTo("Освоить формирующее оценивание");

        // the day before the first joint-work meeting, the mentor is reminded, with a link to the task
        Task joint = pairs.taskOf(pair, "Task_JointMeeting");
        TestMailServer.purge();
        assertThat(fire(pair, "Timer_JointMeetingSoon")).isEqualTo(approved.plusDays(29).atTime(9, 0));
        runJob(pair, "ServiceTask_RemindJointMeeting");
        MimeMessage reminder = onlyMailTo(steps.email("gromov"));
        assertThat(reminder.getSubject()).isEqualTo("Напоминание: встреча наставника и наставляемого " + russian(approved.plusDays(30)));
        assertThat(linkedTask(reminder)).isEqualTo(joint.getId());
        assertThat(TestMailServer.text(reminder)).contains("Здравствуйте, Громов " + run + " Пётр!", "«Провести встречу совместной работы»");

        pairs.meeting(pair, "Task_JointMeeting", approved.plusDays(30), PairDriver.joint(approved.plusDays(44), false));
        assertThat(pairs.tasksOf(pair, "Task_JointMeeting")).as("no next meeting before both sides gave feedback").isEmpty();
        assertThat(pairs.taskOf(pair, "Task_MenteeFeedback").getAssignee()).isEqualTo(menteeLogin);
        assertThat(pairs.taskOf(pair, "Task_MentorFeedback").getAssignee()).isEqualTo(mentorLogin);
        engine.getFormService().submitTaskForm(pairs.taskOf(pair, "Task_MentorFeedback").getId(),
                new HashMap<>(Map.of("feedbackRating", "4", "feedbackComment", "Разобрали урок")));
        pairs.settle();
        assertThat(pairs.tasksOf(pair, "Task_JointMeeting")).as("the mentee's feedback is still missing").isEmpty();
        engine.getFormService().submitTaskForm(pairs.taskOf(pair, "Task_MenteeFeedback").getId(),
                new HashMap<>(Map.of("feedbackRating", "5")));
        pairs.settle();
        assertThat(pairs.tasksOf(pair, "Task_JointMeeting")).hasSize(1);
        assertThat(engine.getFormService().getTaskFormVariables(pairs.taskOf(pair, "Task_JointMeeting").getId()).get("meetingTopic"))
                .as("the next meeting's form starts empty").isNull();

        pairs.meeting(pair, "Task_JointMeeting", approved.plusDays(44), PairDriver.joint(approved.plusDays(60), true));
        pairs.feedback(pair, 5);
        pairs.meeting(pair, "Task_FinalMeeting", approved.plusDays(60), Map.of());
        engine.getFormService().submitTaskForm(pairs.taskOf(pair, "Task_SummarizePair").getId(), new HashMap<>(Map.of(
                "pairSuccessful", "yes", "pairResults", "Открытый урок проведён")));

        assertThat(pair).isEnded().hasPassed("EndEvent_PairCompleted");
        assertThat(new Http(port).as("lifecurator", TestPeople.password("lifecurator")).getHtml("/pairs").body())
                .as("a finished pair stays on the page").contains("Громов " + run + " Пётр", "Завершена");
        assertThat(meetings.of(pairIdOf(young))).extracting(MeetingRecords.Meeting::kind).containsExactly(MeetingKind.ACQUAINTANCE,
                MeetingKind.TRIAL, MeetingKind.PLANNING, MeetingKind.JOINT_WORK, MeetingKind.JOINT_WORK, MeetingKind.FINAL);
        assertThat(meetings.of(pairIdOf(young))).filteredOn(m -> m.kind() == MeetingKind.JOINT_WORK)
                .extracting(MeetingRecords.Meeting::feedbackCount).containsExactly(2, 2);
        Mentee completed = mentee(young);
        assertThat(completed.status()).isEqualTo(MenteeStatus.COMPLETED);
        assertThat(completed.results()).isEqualTo("Открытый урок проведён");
        assertThat(mentors.find(completed.mentorId()).orElseThrow().load()).isEqualTo("0 из 3");
        assertThat(mentors.find(completed.mentorId()).orElseThrow().results()).isEqualTo("Открытый урок проведён");
    }

    @Test
    void aRefusedConsentEndsTheProposalAndTheMenteeWaitsAgain() {
        young = steps.young1();
        String mentor = steps.mentorA();
        driver.submit("Task_FormPairs", pair(mentor, 6, "teacherTeacher", false, young));
        Task consent = pairs.tasks("Task_MenteeConsent").get(0);

        assertThat(rejectionOf(() -> engine.getFormService().submitTaskForm(consent.getId(),
                new HashMap<>(Map.of("consentDecision", "refuse")))).getMessage())
                .contains("Укажите причину отказа");
        engine.getFormService().submitTaskForm(consent.getId(),
                new HashMap<>(Map.of("consentDecision", "refuse", "consentComment", "Хочу наставника по своему предмету")));
        pairs.settle();

        assertThat(pairs.tasks("Task_MentorConsent")).as("the proposal ended, the mentor is not asked any more").isEmpty();
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.WAITING);
        assertThat(mentors.find(mentor).orElseThrow().load()).isEqualTo("0 из 3");
        assertThat(pairs.tasks("Task_FormPairs")).as("no pair consented: the curator proposes again").hasSize(1);
        assertThat(driver.tasks("Task_SignOrder")).as("no order without consent").isEmpty();
        assertThat(jdbc.queryForObject("select comment from nst_consent where person_id = ?", String.class, young))
                .isEqualTo("Хочу наставника по своему предмету");
    }

    @Test
    void theThirtyDaysWarnTheCuratorThenTheDirectorDecidesAndOnlyThenALateMentorIsAccepted() throws Exception {
        young = steps.young1();
        String senior = steps.senior();
        String watch = watchOf(young).getId();
        User curator = engine.getIdentityService().createUserQuery().userId("lifecurator").singleResult();

        assertThat(fireIn(watch, "Timer_ApprovalDueSoon")).isEqualTo(LocalDateTime.of(2026, 9, 24, 9, 0));
        runJobIn(watch, "ServiceTask_WarnCurator");
        List<MimeMessage> warnings = TestMailServer.receivedBy(curator.getEmail()).stream()
                .filter(mail -> subject(mail).equals("Неделя до срока утверждения наставника")).toList();
        assertThat(warnings).hasSize(1);
        MimeMessage warning = warnings.get(0);
        assertThat(TestMailServer.text(warning)).contains("Молодой " + run + " Первый", "не позднее 01.10.2026");

        assertThat(fireIn(watch, "Timer_ApprovalMissed")).isEqualTo(LocalDateTime.of(2026, 10, 2, 0, 0));
        assertThat(rejectionOf(() -> driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young)))
                .getMessage()).contains("Наставника для Молодой " + run + " Первый нужно было утвердить не позднее 01.10.2026");
        assertThat(mentee(young).status()).as("nothing saved").isEqualTo(MenteeStatus.WAITING);

        Task decision = engine.getTaskService().createTaskQuery().processInstanceId(watch).taskDefinitionKey("Task_DecideLateApproval").singleResult();
        assertThat(decision.getName()).isEqualTo("Наставник не утверждён в срок: принять решение");
        assertThat(rejectionOf(() -> engine.getFormService().submitTaskForm(decision.getId(),
                new HashMap<>(Map.of("lateApprovalDecision", "allow")))).getMessage()).contains("Укажите основание");
        engine.getFormService().submitTaskForm(decision.getId(), new HashMap<>(Map.of("lateApprovalDecision", "allow",
                "lateApprovalReason", "Наставник был на курсах до 05.10")));
        assertThat(mentee(young).lateApprovalReason()).isEqualTo("Наставник был на курсах до 05.10");

        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young));
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.PROPOSED);

        // another mentee no longer needs a mentor: the director takes them out of the bank
        String seniorWatch = watchOf(senior).getId();
        fireIn(seniorWatch, "Timer_ApprovalMissed");
        Task seniorDecision = engine.getTaskService().createTaskQuery().processInstanceId(seniorWatch).singleResult();
        engine.getFormService().submitTaskForm(seniorDecision.getId(), new HashMap<>(Map.of("lateApprovalDecision", "leave")));
        assertThat(mentee(senior).status()).isEqualTo(MenteeStatus.LEFT);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(seniorWatch).singleResult()
                .getEndActivityId()).isEqualTo("EndEvent_MenteeLeft");
    }

    @Test
    void anAbsenceExtendsTheTermAndMovesEveryRunningTimerByExactlyItsLength() {
        ProcessInstance pair = workingPair(LocalDate.of(2026, 9, 20));
        pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 22), Map.of());
        pairs.meeting(pair, "Task_TrialMeeting", LocalDate.of(2026, 9, 29), Map.of());
        pairs.meeting(pair, "Task_PlanningMeeting", LocalDate.of(2026, 10, 6), PairDriver.planning(LocalDate.of(2026, 10, 20)));
        Map<String, java.util.Date> before = timers(pair);
        assertThat(before).containsKeys("Timer_TermEnded", "Timer_JointMeetingSoon");
        String pairId = (String) engine.getRuntimeService().getVariable(pair.getId(), "pairId");

        Throwable refused = catchThrowable(() -> changes.recordAbsence(pairId, young, "SICK_LEAVE",
                LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 7), null, "lifecurator"));
        assertThat(refused).isInstanceOf(Refused.class).hasMessage("Последний день отсутствия раньше первого.");
        assertThat(timers(pair)).as("nothing moved").isEqualTo(before);

        LocalDate newEnd = changes.recordAbsence(pairId, young, "SICK_LEAVE", LocalDate.of(2026, 10, 7),
                LocalDate.of(2026, 10, 16), "Больничный лист", "lifecurator");

        assertThat(newEnd).isEqualTo(LocalDate.of(2027, 3, 20).plusDays(10));
        Map<String, java.util.Date> after = timers(pair);
        before.forEach((timer, due) -> assertThat(after.get(timer)).as(timer)
                .isEqualTo(java.util.Date.from(due.toInstant().plus(java.time.Duration.ofDays(10)))));
        assertThat(Pair.of(engine.getRuntimeService().getVariable(pair.getId(), "pair")).endDate()).isEqualTo(newEnd);
        assertThat(mentee(young).endDate()).isEqualTo(newEnd);
    }

    @Test
    void aPairEndedEarlyByOrderReturnsTheMenteeToTheBankAndFreesTheMentor() {
        ProcessInstance pair = workingPair(LocalDate.of(2026, 9, 20));
        pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 22), Map.of());
        String pairId = (String) engine.getRuntimeService().getVariable(pair.getId(), "pairId");

        assertThatThrownBy(() -> changes.requestTermination(pairId, "OTHER", " ", "lifecurator"))
                .isInstanceOf(Refused.class).hasMessage("Для иной причины укажите её в комментарии.");
        changes.requestTermination(pairId, "OBLIGATIONS_NOT_FULFILLED", "не посещает встречи", "lifecurator");

        assertThat(pairs.tasksOf(pair, "Task_TrialMeeting")).as("the pair works until the order is signed").hasSize(1);
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.IN_PAIR);
        driver.signOrder();

        assertThat(pair).isEnded().hasPassed("EndEvent_PairTerminated");
        assertThat(pairs.tasksOf(pair, "Task_TrialMeeting")).isEmpty();
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.WAITING);
        assertThat(mentors.find(onlyMentorId()).orElseThrow().load())
                .isEqualTo("0 из 3");
        OrderRecord order = orders.list().stream().filter(o -> o.schoolName().equals("Школа пар " + run))
                .filter(o -> o.title().equals("О досрочном прекращении наставничества")).findFirst().orElseThrow();
        assertThat(order.body()).contains("Громов " + run + " Пётр", "Молодой " + run + " Первый",
                "Основание: неисполнение наставляемым обязанностей, предусмотренных Положением о наставничестве (не посещает встречи).");
        assertThatThrownBy(() -> changes.requestTermination(pairId, "BY_AGREEMENT", null, "lifecurator"))
                .hasMessageContaining("Пара не найдена среди работающих");
    }

    @Test
    void overdueFeedbackRemindsEachMissingPersonOnceEvenWhenTheFirstSendingFailsThenEscalatesToTheCurator() throws Exception {
        ProcessInstance pair = workingPair(LocalDate.of(2026, 9, 20));
        pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 22), Map.of());
        pairs.meeting(pair, "Task_TrialMeeting", LocalDate.of(2026, 9, 29), Map.of());
        pairs.meeting(pair, "Task_PlanningMeeting", LocalDate.of(2026, 10, 6), PairDriver.planning(LocalDate.of(2026, 10, 20)));
        pairs.meeting(pair, "Task_JointMeeting", LocalDate.of(2026, 10, 20), PairDriver.joint(LocalDate.of(2026, 11, 3), false));
        String goodAddress = mentee(young).email();
        TestMailServer.purge();

        assertThat(fire(pair, "Timer_FeedbackOverdue")).isEqualTo(LocalDateTime.of(2026, 10, 23, 9, 0));
        jdbc.update("update nst_mentee set email = ? where id = ?", "no address at all@@", young);
        Throwable failure = catchThrowable(() -> runJob(pair, "ServiceTask_RemindFeedback"));
        assertThat(failure).as("the mentee's address is broken").isNotNull();
        jdbc.update("update nst_mentee set email = ? where id = ?", goodAddress, young);
        runJob(pair, "ServiceTask_RemindFeedback");

        MimeMessage toMentor = onlyMailTo(steps.email("gromov"));
        MimeMessage toMentee = onlyMailTo(goodAddress);
        assertThat(toMentor.getSubject()).isEqualTo("Нужна ваша обратная связь о встрече 20.10.2026");
        assertThat(linkedTask(toMentor)).isEqualTo(pairs.taskOf(pair, "Task_MentorFeedback").getId());
        assertThat(linkedTask(toMentee)).isEqualTo(pairs.taskOf(pair, "Task_MenteeFeedback").getId());

        engine.getFormService().submitTaskForm(pairs.taskOf(pair, "Task_MentorFeedback").getId(),
                new HashMap<>(Map.of("feedbackRating", "3")));
        assertThat(fire(pair, "Timer_FeedbackEscalated")).isEqualTo(LocalDateTime.of(2026, 10, 27, 9, 0));
        Task escalation = pairs.taskOf(pair, "Task_ResolveFeedbackOverdue");
        assertThat(escalation.getAssignee()).isEqualTo("lifecurator");
        assertThat(escalation.getName()).isEqualTo("Нет обратной связи о встрече: принять меры");
    }

    @Test
    void theMenteeAndTheMentorConsentInTasklistAndTheMenteeAnswersFromTheLinkInTheReminder() throws Exception {
        young = steps.young1();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young));
        consentInBrowser(menteeLogin, "Дать согласие на наставничество", "Наставляемый Молодой " + run + " Первый — наставник: Громов " + run + " Пётр");
        consentInBrowser(mentorLogin, "Дать согласие стать наставником", "Наставник Громов " + run + " Пётр — наставляемые: Молодой " + run + " Первый");
        pairs.settle();
        assertThat(jdbc.queryForList("select recorded_by from nst_consent where person_id = ?", String.class, young))
                .containsExactly(menteeLogin);

        driver.at(LocalDate.of(2026, 9, 20).atTime(10, 0));
        driver.signOrder();
        ProcessInstance pair = onlyPair();
        pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 22), Map.of());
        pairs.meeting(pair, "Task_TrialMeeting", LocalDate.of(2026, 9, 29), Map.of());
        pairs.meeting(pair, "Task_PlanningMeeting", LocalDate.of(2026, 10, 6), PairDriver.planning(LocalDate.of(2026, 10, 20)));
        pairs.meeting(pair, "Task_JointMeeting", LocalDate.of(2026, 10, 20), PairDriver.joint(LocalDate.of(2026, 11, 3), false));
        TestMailServer.purge();
        fire(pair, "Timer_FeedbackOverdue");
        runJob(pair, "ServiceTask_RemindFeedback");
        String link = linkIn(onlyMailTo(steps.email("young1")));

        try (Browser browser = new Browser(port)) {
            browser.logIntoTasklist(menteeLogin, TestPeople.password(menteeLogin));
            browser.waitForText("Мои задачи");
            // the mail links to the configured public address; this server listens on a random port
            browser.driver().get(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
            browser.waitForText("Насколько полезной была встреча?");
            assertThat(browser.pageText()).contains("Встреча от 20.10.2026");
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='5 — очень полезной']")).click();
            browser.driver().findElement(By.xpath("//button[normalize-space(.)='Завершить']")).click();
            awaitRow("select count(*) from nst_feedback f join nst_meeting m on m.id = f.meeting_id where f.person_id = ? and f.rating = 5", young);
        }
        pairs.settle();
        assertThat(pairs.tasksOf(pair, "Task_MenteeFeedback")).isEmpty();
    }

    @Test
    void thePairsPageShowsEachPairAndOnlyTheCuratorChangesOne() {
        ProcessInstance pair = workingPair(LocalDate.of(2026, 9, 20));
        pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 22), Map.of());
        String pairId = (String) engine.getRuntimeService().getVariable(pair.getId(), "pairId");
        Http curator = new Http(port).as("lifecurator", TestPeople.password("lifecurator"));
        Http director = new Http(port).as("lifedirector", TestPeople.password("lifedirector"));

        Http.Reply page = curator.getHtml("/pairs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Наставнические пары и группы", "Громов " + run + " Пётр", "Молодой " + run + " Первый",
                "Провести пробную встречу", "20.09.2026", "20.03.2027", "Отметить отсутствие");
        assertThat(director.getHtml("/pairs").body()).contains("Громов " + run + " Пётр").doesNotContain("Отметить отсутствие");

        Map<String, String> absence = Map.of("who", "mentor", "reason", "BUSINESS_TRIP", "firstDay", "2026-10-05", "lastDay", "2026-10-09");
        assertThat(director.postForm("/pairs/" + pairId + "/absence", absence).status()).isEqualTo(403);
        assertThat(new Http(port).postForm("/pairs/" + pairId + "/absence", absence).status()).isEqualTo(401);
        Http.Reply bad = curator.postForm("/pairs/" + pairId + "/absence", Map.of("who", "mentor", "reason", "HOLIDAY",
                "firstDay", "05.10.2026", "lastDay", "2026-10-09"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText()).isEqualTo("Дата «05.10.2026» не распознана: укажите её как ГГГГ-ММ-ДД.");
        Http.Reply done = curator.postForm("/pairs/" + pairId + "/absence", absence);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("message").asText()).isEqualTo("Срок наставничества продлён до 25.03.2027.");
        assertThat(jdbc.queryForObject("select count(*) from nst_absence where pair_id = ?", Integer.class, pairId)).isEqualTo(1);
        assertThat(curator.getHtml("/pairs").body()).contains("25.03.2027", "продлён на 5 дн.");
    }

    @Test
    void ofTwoProposalsOnlyTheConsentedOneIsOrderedAndTheCuratorProposesTheOtherMenteeLaterInTheYear() {
        young = steps.young1();
        String young2 = steps.young2();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", true, young));
        driver.submit("Task_FormPairs", pair(steps.mentorB(), 9, "teacherTeacher", false, young2));
        Task refusal = pairs.tasks("Task_MenteeConsent").stream()
                .filter(task -> young2.equals(engine.getTaskService().getVariable(task.getId(), "menteeId"))).findFirst().orElseThrow();
        engine.getFormService().submitTaskForm(refusal.getId(), new HashMap<>(Map.of("consentDecision", "refuse",
                "consentComment", "Сменился предмет")));
        pairs.consentAll();

        OrderRecord draft = orders.list().stream().filter(o -> o.schoolName().equals("Школа пар " + run)
                && o.title().equals("О формировании наставнических пар (групп)")).findFirst().orElseThrow();
        assertThat(draft.body()).contains("Молодой " + run + " Первый").doesNotContain("Молодая " + run + " Вторая");
        driver.signOrder();
        assertThat(pairs.pairs()).hasSize(1);
        assertThat(mentee(young2).status()).isEqualTo(MenteeStatus.WAITING);

        // later in the year the curator starts a round of her own for the mentee who waits
        Http curator = new Http(port).as("lifecurator", TestPeople.password("lifecurator"));
        Http.Reply started = curator.postJson("/engine-rest/process-definition/key/PairFormation/submit-form", "{\"variables\":{}}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(driver.tasks("Task_FormPairs")).as("the round belongs to the school's programme").hasSize(1);
        driver.submit("Task_FormPairs", pair(steps.mentorB(), 9, "teacherTeacher", false, young2));
        pairs.consentAll();
        driver.signOrder();
        assertThat(pairs.pairs()).hasSize(2);
        assertThat(mentee(young2).status()).isEqualTo(MenteeStatus.IN_PAIR);
    }

    @Test
    void throughRestAPersonCanOnlySubmitTheFieldsOfTheFormInFrontOfThem() {
        young = steps.young1();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young));
        Task menteeConsent = pairs.tasks("Task_MenteeConsent").get(0);
        Http mentee = new Http(port).as(menteeLogin, TestPeople.password(menteeLogin));

        Http.Reply forged = mentee.postJson("/engine-rest/task/" + menteeConsent.getId() + "/submit-form",
                "{\"variables\":{\"consentDecision\":{\"value\":\"agree\"},\"menteeId\":{\"value\":\"someone-else\"}}}");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().path("message").asText()).isEqualTo(
                "Форма не принята. В форме этой задачи нет полей: menteeId. Заполните форму в списке задач.");
        Http.Reply direct = mentee.postJson("/engine-rest/task/" + menteeConsent.getId() + "/variables",
                "{\"modifications\":{\"pairList\":{\"value\":\"[]\"}}}");
        assertThat(direct.status()).isEqualTo(403);
        assertThat(direct.json().path("message").asText()).startsWith("Данные задачи меняются только через её форму");
        assertThat(jdbc.queryForObject("select count(*) from nst_consent where person_id = ?", Integer.class, young)).isZero();
        assertThat(engine.getTaskService().getVariable(menteeConsent.getId(), "menteeId")).isEqualTo(young);
    }

    @Test
    void anOrderSignedAfterTheThirtyDaysWaitsForTheDirectorsDecisionAndThenTheWatchEnds() {
        young = steps.young1();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young));
        pairs.consentAll();
        String watch = watchOf(young).getId();
        fireIn(watch, "Timer_ApprovalMissed");
        driver.at(LocalDate.of(2026, 10, 2).atTime(10, 0));

        assertThat(rejectionOf(driver::signOrder).getMessage())
                .contains("Наставника для Молодой " + run + " Первый нужно было утвердить не позднее 01.10.2026");
        assertThat(mentee(young).status()).as("nothing saved").isEqualTo(MenteeStatus.PROPOSED);

        Task decision = engine.getTaskService().createTaskQuery().processInstanceId(watch).singleResult();
        engine.getFormService().submitTaskForm(decision.getId(), new HashMap<>(Map.of("lateApprovalDecision", "allow",
                "lateApprovalReason", "Согласие наставника получено после отпуска")));
        driver.signOrder();

        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.IN_PAIR);
        assertThat(watchOf(young)).as("the order ends the watch").isNull();
    }

    @Test
    void aMenteeWhosePairEndedEarlyCanGetAnotherMentorAfterTheThirtyDays() {
        ProcessInstance pair = workingPair(LocalDate.of(2026, 9, 20));
        String pairId = (String) engine.getRuntimeService().getVariable(pair.getId(), "pairId");
        driver.at(LocalDate.of(2026, 11, 10).atTime(10, 0));
        changes.requestTermination(pairId, "BY_AGREEMENT", null, "lifecurator");
        driver.signOrder();
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.WAITING);
        assertThat(mentee(young).mentorApprovedOn()).as("the first approval stays in the bank").isEqualTo(LocalDate.of(2026, 9, 20));

        new Http(port).as("lifecurator", TestPeople.password("lifecurator"))
                .postJson("/engine-rest/process-definition/key/PairFormation/submit-form", "{\"variables\":{}}");
        driver.submit("Task_FormPairs", pair(steps.mentorB(), 6, "teacherTeacher", false, young));
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.PROPOSED);
    }

    @Test
    void aWithdrawnDraftOfEndingAPairLetsThePairGoOn() {
        ProcessInstance pair = workingPair(LocalDate.of(2026, 9, 20));
        String pairId = (String) engine.getRuntimeService().getVariable(pair.getId(), "pairId");
        changes.requestTermination(pairId, "BY_AGREEMENT", "наставник уходит в декрет", "lifecurator");
        driver.submit("Task_SignOrder", new HashMap<>(Map.of("orderDecision", "return", "orderReturnComment", "Подберём замену")));

        assertThat(rejectionOf(() -> driver.submit("Task_ReworkOrder", new HashMap<>())).getMessage())
                .contains("Опишите, что исправлено");
        driver.submit("Task_ReworkOrder", new HashMap<>(Map.of("orderReworkDecision", "withdraw")));

        assertThat(pair).isNotEnded();
        assertThat(pairs.tasksOf(pair, "Task_AcquaintanceMeeting")).as("the pair goes on").hasSize(1);
        assertThat(mentee(young).status()).isEqualTo(MenteeStatus.IN_PAIR);
        changes.requestTermination(pairId, "BY_AGREEMENT", null, "lifecurator");
        assertThat(driver.tasks("Task_SignOrder")).as("and can still be ended later").hasSize(1);
    }

    @Test
    void theSameAbsentDaysExtendTheTermOnceAndATimerDueBeforeTheAbsenceStays() {
        ProcessInstance pair = workingPair(LocalDate.of(2026, 9, 20));
        pairs.meeting(pair, "Task_AcquaintanceMeeting", LocalDate.of(2026, 9, 22), Map.of());
        pairs.meeting(pair, "Task_TrialMeeting", LocalDate.of(2026, 9, 29), Map.of());
        pairs.meeting(pair, "Task_PlanningMeeting", LocalDate.of(2026, 10, 6), PairDriver.planning(LocalDate.of(2026, 10, 20)));
        String pairId = (String) engine.getRuntimeService().getVariable(pair.getId(), "pairId");
        Map<String, java.util.Date> before = timers(pair);

        LocalDate end = changes.recordAbsence(pairId, "mentor", "BUSINESS_TRIP", LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 10, 29), null, "lifecurator");
        assertThat(end).isEqualTo(LocalDate.of(2027, 3, 25));
        assertThat(timers(pair).get("Timer_JointMeetingSoon")).as("due on 19.10, before the absence").isEqualTo(before.get("Timer_JointMeetingSoon"));

        assertThatThrownBy(() -> changes.recordAbsence(pairId, young, "SICK_LEAVE", LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 10, 29), null, "lifecurator")).hasMessage("Эти дни уже учтены: срок наставничества за них уже продлён.");
        assertThat(changes.recordAbsence(pairId, young, "SICK_LEAVE", LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 2),
                null, "lifecurator")).as("only 30.10–02.11 are new").isEqualTo(LocalDate.of(2027, 3, 29));
    }

    /** A round of forming pairs started during the year joins the curator's running programme: leave none behind. */
    @AfterEach
    void endThisSchoolsProcesses() {
        for (ProcessInstance running : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("life-" + run).list()) {
            // a called process goes with its caller
            engine.getRuntimeService().deleteProcessInstanceIfExists(running.getId(), "test finished", true, true, true, false);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void consentInBrowser(String login, String taskName, String proposal) {
        try (Browser browser = new Browser(port)) {
            browser.logIntoTasklist(login, TestPeople.password(login));
            browser.waitForText(taskName);
            browser.driver().findElement(By.xpath("//*[normalize-space(text())='" + taskName + "']")).click();
            browser.waitForText(proposal);
            assertThat(browser.pageText()).contains("Письменное согласие", proposal, "Форма наставничества: «Педагог — педагог», срок: 6 мес.");
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Согласен(на)']")).click();
            browser.driver().findElement(By.xpath("//button[normalize-space(.)='Завершить']")).click();
            awaitRow("select count(*) from nst_consent where recorded_by = ?", login);
        }
    }

    private void awaitRow(String countQuery, String parameter) {
        await(countQuery).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject(countQuery, Integer.class, parameter) > 0);
    }

    private String linkIn(MimeMessage mail) {
        Matcher link = Pattern.compile("href=\"(http[^\"]+/camunda/app/tasklist/default/#/\\?task=[0-9a-f-]+)\"").matcher(TestMailServer.html(mail));
        assertThat(link.find()).as("a link to the task").isTrue();
        return link.group(1);
    }

    /** The young mentee with mentor A: proposed, both consented, the order signed on that day. */
    private ProcessInstance workingPair(LocalDate approved) {
        driver.at(approved.minusDays(1).atTime(10, 0));
        young = steps.young1();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young));
        pairs.consentAll();
        driver.at(approved.atTime(10, 0));
        driver.signOrder();
        QuestionnaireJobs.sendFor(engine, "life-" + run);
        return onlyPair();
    }

    private ProcessInstance onlyPair() {
        List<ProcessInstance> list = pairs.pairs();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private String onlyMentorId() {
        return mentors.list().stream().filter(m -> m.email().equals(steps.email("gromov"))).findFirst().orElseThrow().id();
    }

    private Mentee mentee(String id) {
        return mentees.find(id).orElseThrow();
    }

    private String pairIdOf(String menteeId) {
        return jdbc.queryForObject("select pair_id from nst_consent where person_id = ?", String.class, menteeId);
    }

    private ProcessInstance watchOf(String menteeId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("MentorApprovalDeadline")
                .processInstanceBusinessKey(menteeId).singleResult();
    }

    private Map<String, java.util.Date> timers(ProcessInstance pair) {
        Map<String, java.util.Date> due = new HashMap<>();
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pair.getId()).timers().list()) {
            due.put(engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId(), job.getDuedate());
        }
        return due;
    }

    private LocalDateTime fire(ProcessInstance pair, String timer) {
        return fireIn(pair.getId(), timer);
    }

    private LocalDateTime fireIn(String instance, String timer) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timer).singleResult();
        assertThat(job).as("timer " + timer).isNotNull();
        pairs.at(LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault()));
        engine.getManagementService().executeJob(job.getId());
        return LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
    }

    private void runJob(ProcessInstance pair, String activity) {
        runJobIn(pair.getId(), activity);
    }

    private void runJobIn(String instance, String activity) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
        assertThat(job).as("job " + activity).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private int submitAs(String login, Task task, String variables) {
        return new Http(port).as(login, TestPeople.password(login))
                .postJson("/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\":" + variables + "}").status();
    }

    private void person(String login, String group, String lastName, String email) {
        TestPeople.ensure(engine.getIdentityService(), login, group, lastName, "Тест");
        User user = engine.getIdentityService().createUserQuery().userId(login).singleResult();
        user.setEmail(email);
        engine.getIdentityService().saveUser(user);
    }

    private static MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mail = TestMailServer.receivedBy(address);
        assertThat(mail).as("mail to " + address).hasSize(1);
        return mail.get(0);
    }

    /** The task id of the Tasklist link in the mail, as the person would click it. */
    private static String linkedTask(MimeMessage mail) {
        Matcher link = Pattern.compile("/camunda/app/tasklist/default/#/\\?task=([0-9a-f-]+)").matcher(TestMailServer.html(mail));
        assertThat(link.find()).as("a link to the task").isTrue();
        return link.group(1);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String russian(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** This class's school: its instances and people are there. */
    private School classSchool() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
