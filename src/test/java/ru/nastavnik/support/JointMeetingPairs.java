package ru.nastavnik.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.pair.PairVariables;
import ru.nastavnik.registry.Mentor;

/**
 * Many pairs whose «the day before the meeting» reminders fall due at one moment: each pair is put straight at its
 * joint-work meeting (the engine's start-before-activity API, with the variables the earlier meetings leave), since
 * only the timer's moment matters. Three pairs per mentor, one mentee each.
 */
public final class JointMeetingPairs {

    public static final String REMINDER_TIMER = "Timer_JointMeetingSoon";
    public static final String REMINDER_JOB = "ServiceTask_RemindJointMeeting";
    public static final String REMINDER_SUBJECT = "Напоминание: встреча";
    private static final String FORM = "Педагог — педагог";
    private static final Pattern TASK_LINK = Pattern.compile("task=([0-9a-f-]{36})");

    private JointMeetingPairs() {
    }

    /** The process variables startPairsDelegate gives every MentoringPair. */
    public static Map<String, Object> variables(Pair pair, String schoolName, String curator) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PairVariables.PAIR, JsonVariables.object(pair.toMap()));
        variables.put("schoolName", schoolName);
        variables.put("schoolYear", "2026/2027");
        variables.put("curator", curator);
        return variables;
    }

    /** Starts {@code count} pairs on two threads (as two curators' sessions would), all meeting on {@code meeting}. */
    public static void start(ProcessEngine engine, String schoolId, String businessKey, List<Mentor> mentors, int count,
                             LocalDate meeting, String schoolName, String curator) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> started : starters.invokeAll(IntStream.range(0, count).<Callable<Void>>mapToObj(i -> () -> {
                startOne(engine, schoolId, businessKey, mentors.get(i / 3), i, meeting, schoolName, curator);
                return null;
            }).toList())) {
                started.get();
            }
        } finally {
            starters.shutdown();
        }
    }

    private static void startOne(ProcessEngine engine, String schoolId, String businessKey, Mentor mentor, int i, LocalDate meeting,
                                 String schoolName, String curator) {
        LocalDate start = meeting.minusDays(28);
        Pair pair = new Pair(UUID.randomUUID().toString(), mentor.id(), mentor.fullName(), List.of("storm-mentee-" + i),
                List.of("Наставляемый " + i), 6, "teacherTeacher", FORM, start, start.plusMonths(6));
        Map<String, Object> variables = variables(pair, schoolName, curator);
        variables.put("pairId", pair.pairId());
        if (schoolId != null) {
            variables.put("schoolId", schoolId);
        }
        variables.put(PairVariables.PLANNED_MEETING, meeting.toString());
        variables.put(PairVariables.LAST_MEETING_DATE, meeting.minusDays(14).toString());
        engine.getRuntimeService().createProcessInstanceByKey("MentoringPair").businessKey(businessKey).setVariables(variables)
                .startBeforeActivity("Task_JointMeeting").execute();
    }

    /** The Tasklist task a reminder links to, as the mentor would click it. */
    public static String linkedTask(MimeMessage mail) {
        Matcher link = TASK_LINK.matcher(TestMailServer.text(mail));
        return link.find() ? link.group(1) : "no link";
    }
}
