package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;

import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/** The deadlines, their stages' names and the stage-deadline calls agree: each name is written once, in the BPMN. */
class ProgrammeStagesTest {

    private static final BpmnModelInstance PROGRAMME = Bpmn.readModelFromFile(new File("processes/mentoring-programme.bpmn"));

    @Test
    void everyDeadlineIsCalledByTheNumberAndTitleOfItsStage() {
        assertThat(ProgrammeStages.titleIn(PROGRAMME, Deadline.PAIRS_FORMED)).isEqualTo("Этап 5. Организация работы наставнических пар и групп");
        for (Deadline deadline : Deadline.values()) {
            assertThat(ProgrammeStages.numberOf(ProgrammeStages.titleIn(PROGRAMME, deadline))).as(deadline.name()).isEqualTo(deadline.ordinal() + 1);
        }
    }

    @Test
    void everyDeadlineIsWatchedOnceAndSignalledWhenItsStageIsDone() {
        List<String> watched = PROGRAMME.getModelElementsByType(CallActivity.class).stream()
                .filter(call -> "StageDeadline".equals(call.getCalledElement()))
                .map(call -> call.getExtensionElements().getChildElementsByType(CamundaIn.class).stream()
                        .filter(in -> "deadline".equals(in.getCamundaTarget())).map(CamundaIn::getCamundaSourceExpression).findFirst().orElseThrow())
                .sorted().toList();
        List<String> deadlines = Arrays.stream(Deadline.values()).map(Deadline::name).sorted().toList();
        assertThat(watched).isEqualTo(deadlines);
        assertThat(PROGRAMME.getModelElementsByType(Signal.class).stream().map(Signal::getName)
                .map(name -> name.substring(name.lastIndexOf('-') + 1)).sorted().collect(Collectors.toList())).isEqualTo(deadlines);
    }

    @Test
    void theNumberIsReadFromTheStagesName() {
        assertThat(ProgrammeStages.numberOf("Этап 12. Что-то ещё")).isEqualTo(12);
    }
}
