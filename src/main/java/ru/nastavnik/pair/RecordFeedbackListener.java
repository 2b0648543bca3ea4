package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;

/** Records one participant's feedback on the last joint-work meeting: the mentor's task or a mentee's (by the step's model). */
@Component("recordFeedbackListener")
class RecordFeedbackListener implements TaskListener {

    private final MeetingRecords meetings;
    private final IdentityService identity;
    private final Clock clock;

    RecordFeedbackListener(MeetingRecords meetings, @Lazy IdentityService identity, Clock clock) {
        this.meetings = meetings;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        Pair pair = Pair.of(task.getVariable(PairVariables.PAIR));
        PersonKind kind = StepProperties.participant(task);
        String personId = kind == PersonKind.MENTOR ? pair.mentorId() : (String) task.getVariable(PairVariables.MENTEE_ID);
        meetings.addFeedback(new MeetingRecords.Feedback((String) task.getVariable(PairVariables.LAST_MEETING_ID), kind, personId,
                Integer.parseInt(form.text("feedbackRating").orElseThrow()), form.text("feedbackComment").orElse(null),
                CompletedBy.of(identity), LocalDateTime.now(clock)));
    }
}
