package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a step of a pair is, read from the model (the step's Camunda properties), never from posted variables and never
 * from its id, so a methodologist may rename a step: {@code meetingKind} of the service task recording a meeting, {@code participant} (MENTOR or
 * MENTEE) of a consent step and of the service task recording a consent or a feedback.
 */
final class StepProperties {

    static final String MEETING_KIND = "meetingKind";
    static final String PARTICIPANT = "participant";

    private StepProperties() {
    }

    private static String of(BaseElement step, String stepId, String name) {
        ExtensionElements extensions = step.getExtensionElements();
        if (extensions != null) {
            for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (name.equals(property.getCamundaName())) {
                        return property.getCamundaValue();
                    }
                }
            }
        }
        throw new IllegalStateException("Step " + stepId + " has no property " + name + " in its model");
    }

    /** Whose step a consent task is (for the text its form shows). */
    static PersonKind participant(DelegateTask task) {
        return PersonKind.valueOf(of(task.getBpmnModelElementInstance(), task.getTaskDefinitionKey(), PARTICIPANT));
    }

    /** Whose step a recording service task records: its own property, set in the model. */
    static PersonKind participant(DelegateExecution step) {
        return PersonKind.valueOf(of(step.getBpmnModelElementInstance(), step.getCurrentActivityId(), PARTICIPANT));
    }

    /** The kind of meeting a recording service task records: its own property, set in the model. */
    static MeetingKind meetingKind(DelegateExecution step) {
        return MeetingKind.valueOf(of(step.getBpmnModelElementInstance(), step.getCurrentActivityId(), MEETING_KIND));
    }
}
