package ru.nastavnik.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.QuestionnaireJobs;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;

/**
 * The mail server is down while the terms of many pairs end: each pair's reminder job fails, is retried (R5/PT5M) and
 * becomes an incident; the mentors' meeting forms submitted meanwhile are kept. The server comes back, the
 * administrator retries the jobs (as Cockpit does): every reminder is delivered exactly once and the incidents are gone.
 * Pairs: {@code -Dreliability.reminders=N}, 20 by default; the reliability profile runs 1,000.
 */
@NastavnikTest
class MailOutageTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, ClassData.of(MailOutageTest.class)).id();
    }

    private static final Logger log = LoggerFactory.getLogger(MailOutageTest.class);
    private static final String REMINDER = "ServiceTask_RemindTermEnded";

    @Autowired
    ProcessEngine engine;
    @Autowired
    MentorBank mentorBank;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void mailServerBack() {
        TestMailServer.restart();
    }

    @Test
    void remindersWaitOutTheMailServerAndAreDeliveredExactlyOnceAfterwards() {
        int count = Integer.getInteger("reliability.reminders", 20);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String mentorEmail = "outage-mentor." + run + "@test-school.example";
        String curator = "outagecurator" + run;
        TestPeople.ensure(engine.getIdentityService(), curator, "curator", "Ветрова", "Анна");
        String curatorEmail = engine.getIdentityService().createUserQuery().userId(curator).singleResult().getEmail();
        String mentorId = mentorBank.importPasted(schoolId(), "ФИО\tEmail\nВетров " + run + " Олег\t" + mentorEmail + "\n").imported() == 1
                ? mentorBank.list(schoolId()).stream().filter(m -> m.email().equals(mentorEmail)).findFirst().orElseThrow().id() : null;
        assertThat(mentorId).isNotNull();
        PairDriver pairs = new PairDriver(engine, "outage-" + run);
        pairs.at(LocalDate.of(2026, 9, 10).atTime(9, 0));
        RuntimeService runtime = engine.getRuntimeService();
        ManagementService management = engine.getManagementService();
        long started = System.nanoTime();
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Pair pair = new Pair("o" + run + "-" + i, mentorId, "Ветров " + run + " Олег", List.of("mentee-" + i),
                    List.of("Наставляемый " + i), 6, "teacherTeacher", "«Учитель — учитель»", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1));
            instances.add(runtime.startProcessInstanceByKey("MentoringPair", "outage-" + run, Map.of("schoolId", schoolId(), "pair", JsonVariables.object(pair.toMap()),
                    "schoolName", "Школа сбоя " + run, "schoolYear", "2026/2027", "curator", curator)).getId());
        }
        instances.forEach(instance -> QuestionnaireJobs.sendIn(engine, instance)); // the entry questionnaires, before the outage
        TestMailServer.purge();
        TestMailServer.stop();
        long down = System.nanoTime();

        int failures = 0;
        for (String instance : instances) {
            Job timer = management.createJobQuery().processInstanceId(instance).activityId("Timer_TermEnded").singleResult();
            management.executeJob(timer.getId());
            Task meeting = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Task_AcquaintanceMeeting").singleResult();
            engine.getFormService().submitTaskForm(meeting.getId(), new HashMap<>(Map.of("meetingDate", "2026-09-05",
                    "meetingFormat", "in_person", "meetingTopic", "Знакомство", "meetingOutcome", "Познакомились")));
        }
        for (boolean failing = true; failing; ) {
            failing = false;
            for (Job job : reminderJobs(instances)) {
                if (job.getRetries() > 0) {
                    assertThat(catchThrowable(() -> management.executeJob(job.getId()))).as("the mail server is down").isNotNull();
                    failures++;
                    failing = true;
                }
            }
        }
        List<Incident> incidents = incidents(instances);
        assertThat(incidents).as("one incident per reminder, visible in Cockpit").hasSize(count);
        assertThat(incidents).allSatisfy(incident -> assertThat(incident.getIncidentMessage()).doesNotContain("@"));
        assertThat(TestMailServer.received()).isEmpty();
        assertThat(meetingsKept(run)).as("the mentors' forms completed meanwhile").isEqualTo(count);
        long outage = System.nanoTime() - down;

        TestMailServer.restart();
        long back = System.nanoTime();
        for (Job job : reminderJobs(instances)) {
            management.setJobRetries(job.getId(), 1);
            management.executeJob(job.getId());
        }
        long recovery = System.nanoTime() - back;

        assertThat(incidents(instances)).as("incidents gone after the retries").isEmpty();
        assertThat(reminderJobs(instances)).isEmpty();
        assertThat(TestMailServer.receivedBy(mentorEmail)).as("one reminder per pair to the mentor").hasSize(count);
        assertThat(TestMailServer.receivedBy(curatorEmail)).as("one per pair to the curator").hasSize(count);
        List<String> keys = jdbc.queryForList("select mail_key from nst_sent_mail where mail_key like 'term-ended:%'", String.class)
                .stream().filter(key -> instances.contains(key.split(":")[1])).toList();
        assertThat(keys).hasSize(2 * count).doesNotHaveDuplicates();
        assertThat(Set.copyOf(keys)).hasSize(2 * count);
        assertThat(meetingsKept(run)).isEqualTo(count);
        log.info("Mail outage: {} pairs, {} reminders; {} failed attempts and {} incidents while down ({} s), "
                        + "all delivered once in {} s after the server came back; whole test {} s",
                count, 2 * count, failures, count, Duration.ofNanos(outage).toSeconds(), Duration.ofNanos(recovery).toSeconds(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private List<Job> reminderJobs(List<String> instances) {
        Set<String> ours = Set.copyOf(instances);
        return engine.getManagementService().createJobQuery().activityId(REMINDER).list().stream()
                .filter(job -> ours.contains(job.getProcessInstanceId())).toList();
    }

    private List<Incident> incidents(List<String> instances) {
        Set<String> ours = Set.copyOf(instances);
        return engine.getRuntimeService().createIncidentQuery().activityId(REMINDER).list().stream()
                .filter(incident -> ours.contains(incident.getProcessInstanceId())).toList();
    }

    private int meetingsKept(String run) {
        return jdbc.queryForObject("select count(*) from nst_meeting where pair_id like ?", Integer.class, "o" + run + "-%");
    }
}
