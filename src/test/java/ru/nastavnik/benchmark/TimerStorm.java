package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.registry.Mentor;
import ru.nastavnik.support.JointMeetingPairs;
import ru.nastavnik.support.TestMailServer;

/**
 * Scenario 2: many pairs whose «the day before the meeting» reminder falls due at the same moment
 * ({@link JointMeetingPairs}), with the job executor running.
 */
final class TimerStorm {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final JobExecutionProperty settings;

    TimerStorm(ProcessEngine engine, JdbcTemplate jdbc, JobExecutionProperty settings) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Answers the seconds of setup and of the storm; asserts every reminder was sent exactly once. */
    long[] run(String schoolId, List<Mentor> mentors, int count, LocalDate meeting, Duration patience) throws Exception {
        String businessKey = "bench-storm-" + Region.tag();
        ClockUtil.setCurrentTime(Date.from(meeting.minusDays(3).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        long setupStart = System.nanoTime();
        JointMeetingPairs.start(engine, schoolId, businessKey, mentors, count, meeting, Region.SCHOOL, Region.CURATOR);
        long setup = System.nanoTime() - setupStart;

        TestMailServer.purge();
        Integer sentBefore = sent();
        ClockUtil.setCurrentTime(Date.from(meeting.minusDays(1).atTime(9, 1).atZone(ZoneId.systemDefault()).toInstant()));
        JobExecutor executor = productionJobExecutor(engine, settings);
        long stormStart = System.nanoTime();
        executor.start();
        try {
            await(count + " reminders sent and no job pending").atMost(patience).pollInterval(Duration.ofMillis(200))
                    .until(() -> sent() - sentBefore >= count && pending() == 0);
        } finally {
            executor.shutdown();
        }
        long storm = System.nanoTime() - stormStart;

        List<MimeMessage> reminders = TestMailServer.received().stream()
                .filter(mail -> PairLifecycle.subject(mail).startsWith(JointMeetingPairs.REMINDER_SUBJECT)).toList();
        Set<String> linkedTasks = reminders.stream().map(JointMeetingPairs::linkedTask).collect(Collectors.toSet());
        assertThat(reminders).as("one reminder per pair at the SMTP server").hasSize(count);
        assertThat(linkedTasks).as("each pair's task reminded once").hasSize(count);
        assertThat(sent() - sentBefore).as("nst_sent_mail: one key per pair").isEqualTo(count);
        return new long[] {setup, storm};
    }

    /**
     * The tests' context runs without the starter's job executor (tests run jobs themselves), so the engine's own one
     * gets the production profile's {@code camunda.bpm.job-execution} settings here.
     */
    static JobExecutor productionJobExecutor(ProcessEngine engine, JobExecutionProperty settings) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor instanceof DefaultJobExecutor pool) {
            pool.setCorePoolSize(settings.getCorePoolSize());
            pool.setMaxPoolSize(settings.getMaxPoolSize());
            pool.setQueueSize(settings.getQueueCapacity());
        }
        if (settings.getMaxJobsPerAcquisition() != null) {
            executor.setMaxJobsPerAcquisition(settings.getMaxJobsPerAcquisition());
        }
        return executor;
    }

    private int sent() {
        return jdbc.queryForObject("select count(*) from nst_sent_mail where mail_key like 'meeting-soon:%'", Integer.class);
    }

    private long pending() {
        return engine.getManagementService().createJobQuery().activityId(JointMeetingPairs.REMINDER_JOB).count()
                + engine.getManagementService().createJobQuery().activityId(JointMeetingPairs.REMINDER_TIMER).executable().count();
    }
}
