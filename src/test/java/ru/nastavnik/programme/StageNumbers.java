package ru.nastavnik.programme;

import java.nio.file.Path;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/**
 * {@code ${programmeStages.number(deadline)}} for the in-memory process tests: the stage numbers as the real
 * {@link ProgrammeStages} reads them, from processes/mentoring-programme.bpmn instead of the deployed model.
 */
public final class StageNumbers {

    private final BpmnModelInstance programme = Bpmn.readModelFromFile(Path.of("processes", "mentoring-programme.bpmn").toFile());

    public int number(String deadline) {
        return ProgrammeStages.numberOf(ProgrammeStages.titleIn(programme, Deadline.valueOf(deadline)));
    }
}
