package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.school.InstanceSchool;

/**
 * «Записать обратную связь о встрече»: records one participant's feedback on the last joint-work meeting, right after
 * their feedback step, in its transaction; whose: {@link StepPerson}, decided by the process (the pair's mentor, or the
 * mentee of this instance of the mentees' sub-process), never by what the form posted.
 */
@Component("recordFeedbackDelegate")
class RecordFeedbackDelegate implements JavaDelegate {

    private final MeetingRecords meetings;
    private final StepPerson stepPerson;

    RecordFeedbackDelegate(MeetingRecords meetings, StepPerson stepPerson) {
        this.meetings = meetings;
        this.stepPerson = stepPerson;
    }

    @Override
    public void execute(DelegateExecution step) {
        FormValues form = new FormValues(step);
        StepPerson.Whose whose = stepPerson.of(step);
        meetings.addFeedback(InstanceSchool.of(step), new MeetingRecords.Feedback((String) step.getVariable(PairVariables.LAST_MEETING_ID),
                whose.kind(), whose.personId(),
                Integer.parseInt(form.text("feedbackRating").orElseThrow()), form.text("feedbackComment").orElse(null),
                whose.recordedBy(), whose.recordedAt()));
    }
}
