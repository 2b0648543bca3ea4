package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.RussianDates;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;
import ru.nastavnik.school.InstanceSchool;

/**
 * «Записать встречу в журнал встреч пары», right after the mentor's meeting task: records the meeting (its kind from this
 * service task's model, never from what was posted): date, format, topic,
 * outcome; and the date of the next one when planned, which the reminder before it is timed by.
 */
@Component("recordMeetingDelegate")
class RecordMeetingDelegate implements JavaDelegate {

    private final MeetingRecords meetings;
    private final IdentityService identity;
    private final Clock clock;

    RecordMeetingDelegate(MeetingRecords meetings, IdentityService identity, Clock clock) {
        this.meetings = meetings;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution);
        Pair pair = Pair.of(execution.getVariable(PairVariables.PAIR));
        MeetingKind kind = StepProperties.meetingKind(execution);
        var heldOn = form.date(MeetingForm.DATE).orElseThrow();
        String id = meetings.add(InstanceSchool.of(execution), pair.pairId(), kind, heldOn, form.text(MeetingForm.FORMAT).orElseThrow(),
                form.text(MeetingForm.TOPIC).orElseThrow(), form.text(MeetingForm.OUTCOME).orElseThrow(),
                CompletedBy.of(identity), LocalDateTime.now(clock));
        execution.setVariable(PairVariables.LAST_MEETING_ID, id);
        execution.setVariable(PairVariables.LAST_MEETING_DATE, heldOn.toString());
        execution.setVariable("lastMeetingDateText", RussianDates.format(heldOn));
        execution.setVariable(PairVariables.LAST_MEETING_RECORDED, LocalDate.now(clock).toString());
        form.date(MeetingForm.NEXT_DATE).ifPresent(next -> execution.setVariable(PairVariables.PLANNED_MEETING, next.toString()));
        // the meeting is kept in nst_meeting; the next meeting's form starts empty
        MeetingForm.FIELDS.forEach(execution::removeVariable);
    }
}
