package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ReadOnlyListener;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.school.InstanceSchool;

/** Offers every mentor of the bank in the task's form (the register of mentors, the best mentors of the year). */
@Component("offerMentorsListener")
@ReadOnlyListener
class OfferMentorsListener implements TaskListener {

    static final String MENTOR_OPTIONS = "mentorOptions";

    private final MentorBank mentors;

    OfferMentorsListener(MentorBank mentors) {
        this.mentors = mentors;
    }

    @Override
    public void notify(DelegateTask task) {
        Options.put(task, MENTOR_OPTIONS, mentors.list(InstanceSchool.of(task)).stream()
                .map(mentor -> new Options.Option(mentor.fullName() + (mentor.tags().isEmpty() ? "" : " — " + String.join(", ", mentor.tags())),
                        mentor.id()))
                .toList());
    }
}
