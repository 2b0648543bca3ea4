package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.pair.Pair;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.support.TestMailServer;

/**
 * Scenario 2: many pairs whose «the day before the meeting» reminder falls due at the same moment, with the job
 * executor running. The pairs are put straight at their joint-work meeting (the engine's start-before-activity API,
 * with the variables the earlier meetings leave), since only the timer's moment matters here.
 */
final class TimerStorm {

    private static final Pattern TASK_LINK = Pattern.compile("task=([0-9a-f-]{36})");

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final JobExecutionProperty settings;

    TimerStorm(ProcessEngine engine, JdbcTemplate jdbc, JobExecutionProperty settings) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Answers the seconds of setup and of the storm; asserts every reminder was sent exactly once. */
    long[] run(List<Mentor> mentors, int count, LocalDate meeting, Duration patience) throws Exception {
        String businessKey = "bench-storm-" + Region.tag();
        ClockUtil.setCurrentTime(Date.from(meeting.minusDays(3).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        long setupStart = System.nanoTime();
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            for (var future : starters.invokeAll(IntStream.range(0, count).<java.util.concurrent.Callable<Void>>mapToObj(i -> () -> {
                start(businessKey, mentors.get(i / 3), i, meeting);
                return null;
            }).toList())) {
                future.get();
            }
        } finally {
            starters.shutdown();
        }
        long setup = System.nanoTime() - setupStart;

        TestMailServer.purge();
        Integer sentBefore = sent();
        ClockUtil.setCurrentTime(Date.from(meeting.minusDays(1).atTime(9, 1).atZone(ZoneId.systemDefault()).toInstant()));
        JobExecutor executor = productionJobExecutor();
        long stormStart = System.nanoTime();
        executor.start();
        try {
            long deadline = stormStart + patience.toNanos();
            while (sent() - sentBefore < count || pending() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("After " + patience + " only " + (sent() - sentBefore) + " of " + count
                            + " reminders were sent; jobs pending: " + pending());
                }
                Thread.sleep(200);
            }
        } finally {
            executor.shutdown();
        }
        long storm = System.nanoTime() - stormStart;

        List<MimeMessage> reminders = TestMailServer.received().stream()
                .filter(mail -> PairLifecycle.subject(mail).startsWith("Напоминание: встреча")).toList();
        Set<String> linkedTasks = reminders.stream().map(TimerStorm::linkedTask).collect(Collectors.toSet());
        assertThat(reminders).as("one reminder per pair at the SMTP server").hasSize(count);
        assertThat(linkedTasks).as("each pair's task reminded once").hasSize(count);
        assertThat(sent() - sentBefore).as("nst_sent_mail: one key per pair").isEqualTo(count);
        return new long[] {setup, storm};
    }

    /**
     * The tests' context runs without the starter's job executor (tests run jobs themselves), so the engine's own one
     * gets the production profile's {@code camunda.bpm.job-execution} settings here.
     */
    private JobExecutor productionJobExecutor() {
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

    private void start(String businessKey, Mentor mentor, int i, LocalDate meeting) {
        LocalDate start = meeting.minusDays(28);
        Pair pair = new Pair(UUID.randomUUID().toString(), mentor.id(), mentor.fullName(), List.of("storm-mentee-" + i),
                List.of("Наставляемый " + i), 6, "teacherTeacher", Region.FORM, start, start.plusMonths(6));
        Map<String, Object> variables = Region.pairVariables(pair);
        variables.put("pairId", pair.pairId());
        variables.put("plannedMeetingDate", meeting.toString());
        variables.put("lastMeetingDate", meeting.minusDays(14).toString());
        engine.getRuntimeService().createProcessInstanceByKey("MentoringPair").businessKey(businessKey).setVariables(variables)
                .startBeforeActivity("Task_JointMeeting").execute();
    }

    private int sent() {
        return jdbc.queryForObject("select count(*) from nst_sent_mail where mail_key like 'meeting-soon:%'", Integer.class);
    }

    private long pending() {
        return engine.getManagementService().createJobQuery().activityId("ServiceTask_RemindJointMeeting").count()
                + engine.getManagementService().createJobQuery().activityId("Timer_JointMeetingSoon").executable().count();
    }

    private static String linkedTask(MimeMessage mail) {
        Matcher link = TASK_LINK.matcher(TestMailServer.text(mail));
        return link.find() ? link.group(1) : "no link in " + PairLifecycle.subject(mail);
    }
}
