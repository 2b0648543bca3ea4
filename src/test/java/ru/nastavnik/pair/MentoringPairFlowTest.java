package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.orders.OrderSigningBeans;
import ru.nastavnik.orders.OrderVariables;
import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;
import ru.nastavnik.identity.Role;

/**
 * processes/mentoring-pair.bpmn in memory: a pair's school year from the entry questionnaire to the curator's summary,
 * with the reminder the day before each planned meeting, the feedback reminder and escalation, the end of the term,
 * and the early termination by a signed order (or its withdrawn draft).
 */
class MentoringPairFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = OrderSigningBeans.addTo(new ProcessBeans())
            .recorded("sendQuestionnaireDelegate", "remindPairDelegate", "recordFeedbackDelegate", "completePairDelegate",
                    "terminatePairDelegate", "checkStepPersonListener")
            .recorded("recordMeetingDelegate", MentoringPairFlowTest::recordMeeting)
            .api("pairPeople", new PairStandIns.People())
            .api("pairCalendar", new PairCalendar());

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans, "OrderSigning");

    private static final LocalDate START = NOW.toLocalDate();
    private static final LocalDate END = START.plusMonths(9);

    MentoringPairFlowTest() {
        super(beans, "mentoring-pair", "order-signing");
    }

    @Test
    void aPairMeetsGivesFeedbackIsRemindedAndIsSummedUpByTheCurator() {
        ProcessInstance pair = startPair("pair-1");
        assertThat(reminders()).isEmpty();
        runJobs();
        assertThat(beans.calls("sendQuestionnaireDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("questionnaireKind")).isEqualTo("ENTRY"));

        Task acquaintance = task("Task_AcquaintanceMeeting");
        assertThat(acquaintance.getAssignee()).isEqualTo("login-mentor-1");
        assertThat(candidateGroups(acquaintance)).containsExactly(schoolGroup(Role.CURATOR));
        complete(acquaintance, meeting(START.plusDays(3), null, null));
        complete("Task_TrialMeeting", meeting(START.plusDays(10), null, null));
        LocalDate firstJoint = START.plusDays(30);
        complete("Task_PlanningMeeting", meeting(START.plusDays(17), firstJoint, null));

        assertThat(due(timer(pair, "Timer_JointMeetingSoon"))).as("the morning before").isEqualTo(firstJoint.minusDays(1).atTime(9, 0));
        fireTimer(pair, "Timer_JointMeetingSoon");
        runJobs();
        assertThat(reminders()).containsExactly("MEETING_SOON");

        moveTo(firstJoint.atTime(18, 0));
        complete("Task_JointMeeting", meeting(firstJoint, firstJoint.plusDays(14), false));
        assertThat(task("Task_MentorFeedback").getAssignee()).isEqualTo("login-mentor-1");
        assertThat(task("Task_MenteeFeedback").getAssignee()).isEqualTo("login-mentee-1");
        assertThat(due(timer(pair, "Timer_FeedbackOverdue"))).isEqualTo(firstJoint.plusDays(3).atTime(9, 0));
        assertThat(due(timer(pair, "Timer_FeedbackEscalated"))).isEqualTo(firstJoint.plusDays(7).atTime(9, 0));
        fireTimer(pair, "Timer_FeedbackOverdue");
        runJobs();
        fireTimer(pair, "Timer_FeedbackEscalated");
        Task escalation = task("Task_ResolveFeedbackOverdue");
        assertThat(escalation.getAssignee()).isEqualTo("curator-1");
        complete(escalation, Map.of("feedbackEscalationNote", "Позвонила наставляемой"));
        assertThat(reminders()).containsExactly("MEETING_SOON", "FEEDBACK_OVERDUE");
        giveFeedback();
        assertThat(pair).as("another joint meeting").isWaitingAt("Task_JointMeeting");

        LocalDate finalMeeting = END.minusDays(5);
        complete("Task_JointMeeting", meeting(firstJoint.plusDays(14), finalMeeting, true));
        giveFeedback();
        assertThat(pair).isWaitingAt("Task_FinalMeeting");
        assertThat(due(timer(pair, "Timer_FinalMeetingSoon"))).isEqualTo(finalMeeting.minusDays(1).atTime(9, 0));
        fireTimer(pair, "Timer_FinalMeetingSoon");
        runJobs();
        assertThat(due(timer(pair, "Timer_TermEnded"))).as("the day after the term").isEqualTo(END.plusDays(1).atTime(9, 0));
        fireTimer(pair, "Timer_TermEnded");
        runJobs();
        assertThat(reminders()).containsExactly("MEETING_SOON", "FEEDBACK_OVERDUE", "MEETING_SOON", "TERM_ENDED");

        complete("Task_FinalMeeting", meeting(finalMeeting, null, null));
        runJobs();
        assertThat(beans.calls("sendQuestionnaireDelegate")).extracting(call -> call.variable("questionnaireKind"))
                .containsExactly("ENTRY", "EXIT");
        Task summary = task("Task_SummarizePair");
        assertThat(summary.getAssignee()).isEqualTo("curator-1");
        complete(summary, Map.of("pairSuccessful", true, "pairResults", "Программа выполнена", "caseLink", ""));

        assertThat(pair).isEnded().hasPassed("ServiceTask_RecordPairResults", "EndEvent_PairCompleted");
        assertThat(beans.calls("recordMeetingDelegate")).as("every meeting in the journal").hasSize(6);
        assertThat(calledAt("recordFeedbackDelegate")).as("each feedback by its own service task")
                .containsOnly("ServiceTask_RecordMentorFeedback", "ServiceTask_RecordMenteeFeedback").hasSize(4);
    }

    @Test
    void aSignedTerminationOrderEndsThePairAndReturnsTheMenteesToTheBank() {
        ProcessInstance pair = startPair("pair-2");
        runJobs();

        terminate(pair);
        Task order = task(OrderSigningBeans.SIGN_TASK);
        assertThat(engine.getRuntimeService().getVariable(order.getExecutionId(), OrderVariables.ORDER_KIND)).isEqualTo("TERMINATE_PAIR");
        complete(order, OrderSigningBeans.signed());

        assertThat(pair).isEnded().hasPassed("EndEvent_TerminationSigned", "ServiceTask_ReturnMenteesToBank", "EndEvent_PairTerminated")
                .hasNotPassed("EndEvent_PairCompleted");
        assertThat(beans.calls("terminatePairDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("terminationOrderNumber")).isEqualTo("12-о"));
    }

    @Test
    void aWithdrawnTerminationDraftLetsThePairWorkOn() {
        ProcessInstance pair = startPair("pair-3");
        runJobs();

        terminate(pair);
        complete(OrderSigningBeans.SIGN_TASK, Map.of(OrderVariables.ORDER_DECISION, OrderVariables.RETURN,
                OrderVariables.ORDER_RETURN_COMMENT, "Пара помирилась"));
        complete("Task_ReworkOrder", Map.of("orderReworkDecision", "withdraw"));

        assertThat(pair).hasPassed("EndEvent_TerminationWithdrawn").isWaitingAt("Task_AcquaintanceMeeting");
        assertThat(beans.calls("terminatePairDelegate")).isEmpty();
    }

    private ProcessInstance startPair(String pairId) {
        return start("MentoringPair", "programme-1", Map.of(PairVariables.PAIR,
                PairStandIns.pair(pairId, "mentor-1", List.of("mentee-1"), START, END), "curator", "curator-1"));
    }

    private void terminate(ProcessInstance pair) {
        engine.getRuntimeService().createMessageCorrelation("PairTerminationRequested").processInstanceId(pair.getId())
                .setVariable(PairVariables.TERMINATION_REASON, "Наставник переходит в другую школу").correlate();
    }

    private void giveFeedback() {
        complete("Task_MentorFeedback", Map.of("feedbackRating", 5, "feedbackComment", "Полезно"));
        complete("Task_MenteeFeedback", Map.of("feedbackRating", 4, "feedbackComment", "Понятно"));
        runJobs();
    }

    private List<Object> reminders() {
        return beans.calls("remindPairDelegate").stream().map(call -> call.variable("reminder")).toList();
    }

    private static Map<String, Object> meeting(LocalDate held, LocalDate next, Boolean jointWorkDone) {
        Map<String, Object> form = new HashMap<>(Map.of(MeetingForm.DATE, held.toString(), "meetingFormat", "очно",
                "meetingTopic", "Тема", "meetingOutcome", "Итог"));
        if (next != null) {
            form.put(MeetingForm.NEXT_DATE, next.toString());
        }
        if (jointWorkDone != null) {
            form.put(PairVariables.JOINT_WORK_DONE, jointWorkDone);
        }
        return form;
    }

    /** What recordMeetingDelegate tells the process: the meeting held, when it was recorded, the next one planned. */
    private static void recordMeeting(VariableScope execution) {
        execution.setVariable(PairVariables.LAST_MEETING_DATE, execution.getVariable(MeetingForm.DATE));
        execution.setVariable(PairVariables.LAST_MEETING_RECORDED,
                LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneId.systemDefault()).toLocalDate().toString());
        Object next = execution.getVariable(MeetingForm.NEXT_DATE);
        if (next != null) {
            execution.setVariable(PairVariables.PLANNED_MEETING, next);
        }
        MeetingForm.FIELDS.forEach(execution::removeVariable);
    }
}
