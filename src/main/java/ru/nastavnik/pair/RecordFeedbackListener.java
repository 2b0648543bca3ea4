package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;
import ru.nastavnik.modeling.WritingListenerToMove;

/** Records one participant's feedback on the last joint-work meeting: the mentor's task or a mentee's (by the step's model);
 * whose: {@link StepPerson}, the task's assignee's, not the variables'. */
@WritingListenerToMove(why = "whose feedback it is comes from the task (its assignee, its participant property), and the mentees' feedback is a multi-instance step whose running instances Camunda cannot migrate into a multi-instance sub-process")
@Component("recordFeedbackListener")
class RecordFeedbackListener implements TaskListener {

    private final MeetingRecords meetings;
    private final IdentityService identity;
    private final Clock clock;
    private final StepPerson stepPerson;

    RecordFeedbackListener(MeetingRecords meetings, IdentityService identity, Clock clock, StepPerson stepPerson) {
        this.meetings = meetings;
        this.identity = identity;
        this.clock = clock;
        this.stepPerson = stepPerson;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        Pair pair = Pair.of(task.getVariable(PairVariables.PAIR));
        PersonKind kind = StepProperties.participant(task);
        String personId = stepPerson.of(task, pair, kind);
        meetings.addFeedback(new MeetingRecords.Feedback((String) task.getVariable(PairVariables.LAST_MEETING_ID), kind, personId,
                Integer.parseInt(form.text("feedbackRating").orElseThrow()), form.text("feedbackComment").orElse(null),
                CompletedBy.of(identity), LocalDateTime.now(clock)));
    }
}
