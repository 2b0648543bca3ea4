package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/**
 * A school year with a pair, as its people live it (bank uploads with phone numbers, refused forms through REST,
 * consents, the order, meetings, feedback, reminders, a failed mail), with the application's log captured behind
 * the same filters as in production: no teacher's name, e-mail address or phone number appears in it.
 */
@NastavnikTest
class PersonalDataInLogsTest {

    @Autowired
    Schools schools;

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void release() {
        root.detachAppender(log);
        TestMailServer.restart();
    }

    @Test
    void aYearWithAPairLeavesNoNameAddressOrPhoneInTheLog() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestPeople.ensure(engine.getIdentityService(), school(), "logcurator", Role.CURATOR, "Зимина", "Алла");
        TestPeople.ensure(engine.getIdentityService(), school(), "logdirector", Role.DIRECTOR, "Летова", "Мария");
        ProgrammeDriver driver = new ProgrammeDriver(engine, school().id(), "log-" + run);
        ProgrammeSteps steps = new ProgrammeSteps(driver, run);
        PairDriver pairs = new PairDriver(engine, "log-" + run);
        String mentorLogin = person("gromov" + run, "mentor", steps.email("gromov"));
        person("young" + run, "mentee", steps.email("young1"));
        driver.start("Школа журналов " + run, LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs("logcurator");
        Http curator = new Http(port).as("logcurator", TestPeople.password("logcurator"));
        String phone = "+7 (912) 345-" + run.substring(0, 2).replaceAll("\\D", "7") + "-" + run.substring(2, 4).replaceAll("\\D", "8");
        curator.upload("/registry/mentees/import", "bank.csv", ("ФИО;Email;Телефон;Дата начала работы\n"
                + "Телефонова " + run + " Ия;phone." + run + "@test-school.example;" + phone + ";01.09.2025\n"
                + "Телефонова " + run + " Ия;phone." + run + "@test-school.example;" + phone + ";01.09.2025\n"
                + "Без " + run + " Адреса;not-an-address;" + phone + ";01.09.2025\n").getBytes(StandardCharsets.UTF_8));
        String formPairs = driver.task("Task_FormPairs").getId();
        Http.Reply refused = curator.postJson("/engine-rest/task/" + formPairs + "/submit-form", "{\"variables\":{\"mentor\":{\"value\":\""
                + steps.mentorA() + "\"},\"mentees\":{\"value\":\"[\\\"" + steps.young1() + "\\\",\\\"" + steps.young2() + "\\\",\\\""
                + steps.senior() + "\\\",\\\"x\\\"]\",\"type\":\"Json\"},\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Громов " + run);

        String young = steps.young1();
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, young));
        pairs.consentAll();
        driver.at(LocalDate.of(2026, 9, 20).atTime(10, 0));
        driver.signOrder();
        ProcessInstance pair = pairs.pairs().get(0);
        LocalDate from = LocalDate.of(2026, 9, 22);
        pairs.meeting(pair, "Task_AcquaintanceMeeting", from, Map.of());
        pairs.meeting(pair, "Task_TrialMeeting", from.plusDays(7), Map.of());
        pairs.meeting(pair, "Task_PlanningMeeting", from.plusDays(14), PairDriver.planning(from.plusDays(28)));
        runTimerAndReminder(pair, "Timer_JointMeetingSoon", "ServiceTask_RemindJointMeeting");
        pairs.meeting(pair, "Task_JointMeeting", from.plusDays(28), PairDriver.joint(from.plusDays(42), true));
        TestMailServer.stop();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pair.getId()).activityId("Timer_FeedbackOverdue").singleResult();
        engine.getManagementService().executeJob(timer.getId());
        Job remind = engine.getManagementService().createJobQuery().processInstanceId(pair.getId()).activityId("ServiceTask_RemindFeedback").singleResult();
        try {
            engine.getManagementService().executeJob(remind.getId());
        } catch (RuntimeException mailServerDown) {
            // the job fails and is retried; its log is what this test reads
        }
        TestMailServer.restart();
        pairs.feedback(pair, 5);
        pairs.meeting(pair, "Task_FinalMeeting", from.plusDays(42), Map.of());
        engine.getFormService().submitTaskForm(pairs.taskOf(pair, "Task_SummarizePair").getId(), new java.util.HashMap<>(Map.of(
                "pairSuccessful", "yes", "pairResults", "Открытый урок проведён")));
        assertThat(mentorLogin).isNotBlank();

        List<String> lines = log.list.stream().map(PersonalDataInLogsTest::text).toList();
        assertThat(lines).as("the log was captured").isNotEmpty();
        Pattern personal = Pattern.compile(Pattern.quote(run) + "@|\\." + Pattern.quote(run) + "@|Громов " + run + "|Зуева " + run
                + "|Молод\\S* " + run + "|Опытный " + run + "|Телефонова " + run + "|" + Pattern.quote(phone)
                + "|Зимина|Летова|Громов|test-school\\.example");
        assertThat(lines).filteredOn(line -> personal.matcher(line).find()).as("log lines with personal data").isEmpty();
    }

    private void runTimerAndReminder(ProcessInstance pair, String timer, String reminder) {
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(pair.getId()).activityId(timer).singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(pair.getId()).activityId(reminder).singleResult().getId());
    }

    private static String text(ILoggingEvent event) {
        return event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }

    private String person(String login, String group, String email) {
        TestPeople.ensure(engine.getIdentityService(), login, group, "Тестов", "Тест");
        var user = engine.getIdentityService().createUserQuery().userId(login).singleResult();
        user.setEmail(email);
        engine.getIdentityService().saveUser(user);
        return login;
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
