package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import ru.nastavnik.pair.Pair;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.TestMailServer;

/**
 * Scenario 1: pairs driven from the signed order to completion through the public engine API as Tasklist does (the
 * curator signed in: query the task, submit the form's variables), timers fired by moving the clock, each meeting's
 * reminder sent to the in-process SMTP server; beside it the bare engine walking a process of the same shape. Both run
 * alternately in blocks, so that a neighbour's build slowing the machine slows both alike.
 */
final class PairLifecycle {

    private static final int BLOCK = 10;

    private final ProcessEngine ours;
    private final ProcessEngine bare;
    private final String businessKey = "bench-pair-" + Region.tag();

    private final String schoolId;

    PairLifecycle(ProcessEngine ours, ProcessEngine bare, String schoolId) {
        this.ours = ours;
        this.bare = bare;
        this.schoolId = schoolId;
    }

    /** Runs the pairs (the first {@code warmUp} of them untimed), answers pairs/s of ours and of the bare engine. */
    double[] run(List<Pair> pairs, int warmUp, LocalDate from) {
        pairs.subList(0, warmUp).forEach(pair -> {
            ours(pair, from);
            bare(from);
        });
        long oursNanos = 0;
        long bareNanos = 0;
        for (int i = warmUp; i < pairs.size(); i += BLOCK) {
            List<Pair> block = pairs.subList(i, Math.min(i + BLOCK, pairs.size()));
            long start = System.nanoTime();
            block.forEach(pair -> ours(pair, from));
            long middle = System.nanoTime();
            block.forEach(pair -> bare(from));
            oursNanos += middle - start;
            bareNanos += System.nanoTime() - middle;
        }
        int timed = pairs.size() - warmUp;
        return new double[] {timed / (oursNanos / 1e9), timed / (bareNanos / 1e9)};
    }

    private void ours(Pair pair, LocalDate from) {
        at(from.atTime(9, 0));
        String instance = ours.getRuntimeService().startProcessInstanceByKey("MentoringPair", businessKey,
                Region.pairVariables(pair, schoolId)).getId();
        runJobs(ours, instance); // the entry questionnaire, as the job executor sends it
        submit(ours, instance, "Task_AcquaintanceMeeting", from, Map.of());
        submit(ours, instance, "Task_TrialMeeting", from.plusDays(7), Map.of());
        submit(ours, instance, "Task_PlanningMeeting", from.plusDays(14), PairDriver.planning(from.plusDays(28)));
        fire(ours, instance, "Timer_JointMeetingSoon");
        runJobs(ours, instance);
        submit(ours, instance, "Task_JointMeeting", from.plusDays(28), PairDriver.joint(from.plusDays(42), true));
        feedback(ours, instance);
        fire(ours, instance, "Timer_FinalMeetingSoon");
        runJobs(ours, instance);
        submit(ours, instance, "Task_FinalMeeting", from.plusDays(42), Map.of());
        runJobs(ours, instance); // the exit questionnaire
        complete(ours, instance, "Task_SummarizePair", Map.of("pairSuccessful", "yes", "pairResults", "Открытый урок проведён"));
        assertThat(ours.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    private void bare(LocalDate from) {
        at(from.atTime(9, 0));
        Map<String, Object> start = new HashMap<>(Map.of("mentor", "mentor", "mentees", List.of("mentee"), "meetingSoon",
                morning(from.plusDays(27))));
        String instance = bare.getRuntimeService().startProcessInstanceByKey("BarePair", businessKey, start).getId();
        submit(bare, instance, "Task_AcquaintanceMeeting", from, Map.of());
        submit(bare, instance, "Task_TrialMeeting", from.plusDays(7), Map.of());
        submit(bare, instance, "Task_PlanningMeeting", from.plusDays(14), PairDriver.planning(from.plusDays(28)));
        fire(bare, instance, "Timer_JointMeetingSoon");
        runJobs(bare, instance);
        Map<String, Object> joint = PairDriver.joint(from.plusDays(42), true);
        joint.put("meetingSoon", morning(from.plusDays(41)));
        submit(bare, instance, "Task_JointMeeting", from.plusDays(28), joint);
        feedback(bare, instance);
        fire(bare, instance, "Timer_FinalMeetingSoon");
        runJobs(bare, instance);
        submit(bare, instance, "Task_FinalMeeting", from.plusDays(42), Map.of());
        complete(bare, instance, "Task_SummarizePair", Map.of("pairSuccessful", "yes", "pairResults", "Открытый урок проведён"));
        assertThat(bare.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    /** The meeting's form, submitted the evening it was held. */
    private void submit(ProcessEngine engine, String instance, String taskKey, LocalDate day, Map<String, Object> extra) {
        at(day.atTime(18, 0));
        Map<String, Object> values = new HashMap<>(Map.of("meetingDate", day.toString(), "meetingFormat", "in_person",
                "meetingTopic", "Тема встречи " + day, "meetingOutcome", "Договорились о следующих шагах"));
        values.putAll(extra);
        complete(engine, instance, taskKey, values);
    }

    private void feedback(ProcessEngine engine, String instance) {
        for (String key : List.of("Task_MentorFeedback", "Task_MenteeFeedback")) {
            complete(engine, instance, key, Map.of("feedbackRating", "5", "feedbackComment", "Полезно"));
        }
        runJobs(engine, instance);
    }

    /** As Tasklist: the curator signed in queries the task and submits its form. */
    private void complete(ProcessEngine engine, String instance, String taskKey, Map<String, Object> values) {
        // the school's curator: the role's group, the school's group (the task's candidates) and the school (tenant)
        engine.getIdentityService().setAuthentication(Region.CURATOR, List.of("curator", schoolId + "-curator"), List.of(schoolId));
        try {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
            assertThat(task).as("open task " + taskKey).isNotNull();
            engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(values));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The clock moves to the timer's due date and the timer fires, as the job executor would then. */
    private static void fire(ProcessEngine engine, String instance, String timer) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timer).singleResult();
        assertThat(job).as("timer " + timer).isNotNull();
        ClockUtil.setCurrentTime(job.getDuedate());
        engine.getManagementService().executeJob(job.getId());
    }

    /** The continuations the job executor would run next (reminders, the steps after feedback). */
    private static void runJobs(ProcessEngine engine, String instance) {
        List<Job> jobs;
        while (!(jobs = engine.getManagementService().createJobQuery().processInstanceId(instance).messages().list()).isEmpty()) {
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    static int reminders() {
        return (int) TestMailServer.received().stream().filter(mail -> subject(mail).startsWith("Напоминание: встреча")).count();
    }

    static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date morning(LocalDate day) {
        return Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
    }
}
