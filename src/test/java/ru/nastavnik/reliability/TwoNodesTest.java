package ru.nastavnik.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.registry.Mentor;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.support.ApplicationProcess;
import ru.nastavnik.support.JointMeetingPairs;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestDatabase;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;

/**
 * Two application nodes (separate JVMs, postgres profile, job executors on) share one database while the «day before the
 * meeting» reminders of many pairs fall due at one moment: every reminder is sent exactly once, and both nodes sent some.
 * The pairs are set up here, in the tests' Spring context (job executor off) on the nodes' database, with the reminder
 * timers suspended until both nodes are up. The test runs in a JVM of its own (failsafe execution {@code two-nodes}):
 * the nodes run every due job of the database, which must hold only this test's. Timers: {@code -Dreliability.timers=N},
 * 200 by default; the reliability profile runs 10,000.
 */
@NastavnikTest
class TwoNodesTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, ClassData.of(TwoNodesTest.class)).id();
    }

    private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);
    private static final Pattern SENT = Pattern.compile("Mail (meeting-soon:\\S+) sent");
    /**
     * An idle node looks for due jobs every second (production: after 5 s, growing to 60 s), so both nodes wake within
     * the storm and its time is the work, not a node's pause; how jobs are locked and run is the production's.
     */
    private static final Map<String, String> LOOK_EVERY_SECOND = Map.of(
            "camunda.bpm.job-execution.wait-time-in-millis", "1000", "camunda.bpm.job-execution.max-wait", "1000");
    private static final Pattern SKIPPED = Pattern.compile("Mail (meeting-soon:\\S+) was sent before");

    @Autowired
    ProcessEngine engine;
    @Autowired
    MentorBank mentorBank;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void everyReminderIsSentExactlyOnceWhileBothNodesFireTheTimers() throws Exception {
        int count = Integer.getInteger("reliability.timers", 200);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ManagementService management = engine.getManagementService();
        String pairModel = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("MentoringPair")
                .latestVersion().singleResult().getId();
        JobDefinition timers = management.createJobDefinitionQuery().processDefinitionId(pairModel)
                .activityIdIn(JointMeetingPairs.REMINDER_TIMER).singleResult();
        management.suspendJobDefinitionById(timers.getId()); // new timers are created suspended until both nodes run

        long setupStart = System.nanoTime();
        LocalDate meeting = LocalDate.now().plusDays(1);
        JointMeetingPairs.start(engine, schoolId(), "two-nodes-" + run, mentors(run, (count + 2) / 3), count, meeting, "Школа двух узлов", "curator");
        List<Job> due = management.createJobQuery().jobDefinitionId(timers.getId()).list();
        assertThat(due).as("one suspended reminder timer per pair").hasSize(count).allMatch(Job::isSuspended);
        Date now = new Date();
        // due at 9:00 today (the day before the meeting); a run before 9:00 brings them to now
        due.stream().filter(job -> job.getDuedate().after(now)).forEach(job -> management.setJobDuedate(job.getId(), now));
        Set<String> meetingTasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("two-nodes-" + run)
                .taskDefinitionKey("Task_JointMeeting").list().stream().map(task -> task.getId()).collect(Collectors.toSet());
        long setup = System.nanoTime() - setupStart;

        Map<String, String> shared = ApplicationProcess.postgres(new TestDatabase.Coordinates(environment.getProperty("DB_URL"),
                environment.getProperty("DB_USER"), environment.getProperty("DB_PASSWORD")));
        try (ApplicationProcess nodeA = ApplicationProcess.start("node-a", shared, LOOK_EVERY_SECOND);
             ApplicationProcess nodeB = ApplicationProcess.start("node-b", shared, LOOK_EVERY_SECOND)) {
            Duration startA = nodeA.awaitHealthy(Duration.ofMinutes(3));
            Duration startB = nodeB.awaitHealthy(Duration.ofMinutes(3));
            TestMailServer.purge();

            long stormStart = System.nanoTime();
            management.activateJobDefinitionById(timers.getId(), true);
            Duration patience = Duration.ofSeconds(120 + count / 2);
            await("every reminder sent and no job pending").atMost(patience).pollInterval(Duration.ofMillis(250))
                    .failFast("a node stopped; logs in " + nodeA.log() + ", " + nodeB.log(), () -> !(nodeA.isAlive() && nodeB.isAlive()))
                    .until(() -> sent() >= count && pending() == 0);
            long storm = System.nanoTime() - stormStart;
            nodeA.stop();
            nodeB.stop();

            List<MimeMessage> reminders = TestMailServer.received().stream()
                    .filter(mail -> subject(mail).startsWith(JointMeetingPairs.REMINDER_SUBJECT)).toList();
            assertThat(reminders).as("one reminder per pair at the SMTP server").hasSize(count);
            assertThat(reminders.stream().map(JointMeetingPairs::linkedTask).collect(Collectors.toSet()))
                    .as("each pair's meeting task reminded once").isEqualTo(meetingTasks);
            List<String> keys = jdbc.queryForList("select mail_key from nst_sent_mail where mail_key like 'meeting-soon:%'", String.class);
            assertThat(keys).as("nst_sent_mail: one key per pair").hasSize(count).doesNotHaveDuplicates();
            assertThat(management.createJobQuery().count()).as("no job left but the pairs' later timers")
                    .isEqualTo(management.createJobQuery().timers().duedateHigherThan(new Date()).count());
            assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("no incident").isZero();

            List<String> sentByA = matches(nodeA.log(), SENT);
            List<String> sentByB = matches(nodeB.log(), SENT);
            assertThat(sentByA).as("node A did part of the work").isNotEmpty().doesNotHaveDuplicates();
            assertThat(sentByB).as("node B did part of the work").isNotEmpty().doesNotHaveDuplicates();
            Set<String> both = new HashSet<>(sentByA);
            both.retainAll(sentByB);
            assertThat(both).as("no reminder sent by both nodes").isEmpty();
            assertThat(sentByA.size() + sentByB.size()).as("the nodes' logs account for every key").isEqualTo(count);
            int skipped = matches(nodeA.log(), SKIPPED).size() + matches(nodeB.log(), SKIPPED).size();
            log.info("Two nodes: {} reminder timers; setup {} s, nodes up in {} s and {} s; all sent once in {} s; "
                            + "node A sent {} ({}%), node B {} ({}%); duplicates 0; sends skipped as already sent: {}",
                    count, Duration.ofNanos(setup).toSeconds(), startA.toSeconds(), startB.toSeconds(), Duration.ofNanos(storm).toSeconds(),
                    sentByA.size(), 100 * sentByA.size() / count, sentByB.size(), 100 * sentByB.size() / count, skipped);
        }
    }

    /** Mentors in the bank, as the curator pastes them: the reminders go to their addresses. */
    private List<Mentor> mentors(String run, int count) {
        String rows = IntStream.range(0, count).mapToObj(i -> "Наставник " + run + " " + i + "\tm" + i + "." + run + "@two-nodes.example")
                .collect(Collectors.joining("\n"));
        mentorBank.importPasted(schoolId(), "ФИО\tEmail\n" + rows + "\n");
        List<Mentor> mentors = mentorBank.list(schoolId()).stream().filter(mentor -> mentor.email().endsWith("." + run + "@two-nodes.example")).toList();
        assertThat(mentors).hasSize(count);
        return mentors;
    }

    private int sent() {
        return jdbc.queryForObject("select count(*) from nst_sent_mail where mail_key like 'meeting-soon:%'", Integer.class);
    }

    private long pending() {
        ManagementService management = engine.getManagementService();
        return management.createJobQuery().activityId(JointMeetingPairs.REMINDER_JOB).count()
                + management.createJobQuery().activityId(JointMeetingPairs.REMINDER_TIMER).count();
    }

    private static List<String> matches(Path log, Pattern pattern) {
        try (var lines = Files.lines(log)) {
            return lines.map(pattern::matcher).filter(Matcher::find).map(match -> match.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
