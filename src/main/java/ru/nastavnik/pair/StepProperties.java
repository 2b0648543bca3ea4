package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a step of a pair is, read from the model (the step's Camunda properties), never from posted variables and never
 * from its id, so a methodologist may rename a step: {@code meetingKind} of a meeting, {@code participant} (MENTOR or
 * MENTEE) of a consent or feedback step.
 */
final class StepProperties {

    static final String MEETING_KIND = "meetingKind";
    static final String PARTICIPANT = "participant";

    private StepProperties() {
    }

    static String of(DelegateTask task, String name) {
        ExtensionElements extensions = task.getBpmnModelElementInstance().getExtensionElements();
        if (extensions != null) {
            for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (name.equals(property.getCamundaName())) {
                        return property.getCamundaValue();
                    }
                }
            }
        }
        throw new IllegalStateException("Step " + task.getTaskDefinitionKey() + " has no property " + name + " in its model");
    }

    static PersonKind participant(DelegateTask task) {
        return PersonKind.valueOf(of(task, PARTICIPANT));
    }

    static MeetingKind meetingKind(DelegateTask task) {
        return MeetingKind.valueOf(of(task, MEETING_KIND));
    }
}
