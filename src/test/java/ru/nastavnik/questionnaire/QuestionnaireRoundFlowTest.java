package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;

/** processes/questionnaire-round.bpmn in memory: one reminder on its day, the round closed on the last day. */
class QuestionnaireRoundFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = new ProcessBeans().recorded("remindQuestionnaireDelegate", "closeQuestionnaireRoundDelegate");

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans);

    private static final LocalDateTime REMINDER = NOW.plusDays(5).withHour(10);
    private static final LocalDateTime CLOSING = NOW.plusDays(10).withHour(23).withMinute(59);

    QuestionnaireRoundFlowTest() {
        super(beans, "questionnaire-round");
    }

    @Test
    void remindsThoseWhoHaveNotAnsweredOnTheReminderDayAndClosesTheRoundOnTheLastDay() {
        ProcessInstance round = start("QuestionnaireRound", "programme-1", Map.of(RoundVariables.ROUND_ID, "round-1",
                RoundVariables.REMINDER_AT, date(REMINDER), RoundVariables.CLOSES_AT, date(CLOSING)));

        assertThat(due(timer(round, "Timer_ReminderDue"))).isEqualTo(REMINDER);
        fireTimer(round, "Timer_ReminderDue");
        assertThat(beans.calls()).as("the reminder waits for its own job (mail)").isEmpty();
        runJobs();
        assertThat(beans.calls("remindQuestionnaireDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable(RoundVariables.ROUND_ID)).isEqualTo("round-1"));

        assertThat(due(timer(round, "Timer_RoundClosing"))).isEqualTo(CLOSING);
        assertThat(beans.calls("closeQuestionnaireRoundDelegate")).isEmpty();
        fireTimer(round, "Timer_RoundClosing");

        assertThat(calledAt("closeQuestionnaireRoundDelegate")).containsExactly("ServiceTask_CloseRound");
        assertThat(round).isEnded().hasPassed("EndEvent_RoundClosed");
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
