package ru.nastavnik.programme;

import ru.nastavnik.common.RussianDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.modeling.ReadOnlyListener;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.registry.MentorSuggestion;
import ru.nastavnik.school.InstanceSchool;

/**
 * Offers what a pair is formed from, leaving out what the pairs entered before have taken (each mentee with the mentor
 * the bank suggests for them and why): the mentors of the approved
 * register who still have a free place
 * (with their tags and free places) and the mentees waiting for a mentor (with their subject and, while it lies
 * ahead, the legal date by which their mentor must be approved).
 */
@Component("offerPairCandidatesListener")
@ReadOnlyListener
class OfferPairCandidatesListener implements TaskListener {

    static final String MENTEE_OPTIONS = "menteeOptions";
    static final String FORM_OPTIONS = "mentoringFormOptions";
    static final String ADD_ANOTHER_PAIR = "addAnotherPair";

    private final MentorBank mentors;
    private final MenteeBank mentees;
    private final Clock clock;

    OfferPairCandidatesListener(MentorBank mentors, MenteeBank mentees, Clock clock) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.clock = clock;
    }

    /** «; подходит: Громов Пётр (совпадает: математика)» when some mentor shares the mentee's request or subject. */
    private static String bestMentor(MentorSuggestion suggestion) {
        return Optional.ofNullable(suggestion)
                .filter(best -> best.explanation().startsWith("совпадает"))
                .map(best -> "; подходит: " + best.fullName() + " (" + best.explanation().split(";")[0] + ")")
                .orElse("");
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().removeVariable(ADD_ANOTHER_PAIR); // the previous round's answer, already used by the gateway
        FormValues programme = new FormValues(task);
        String schoolId = InstanceSchool.of(task);
        List<String> register = programme.choices(ProgrammeVariables.SELECTED_MENTORS);
        List<PlannedPair> planned = PlannedPair.planned(programme);
        Map<String, Integer> placesPlanned = planned.stream()
                .collect(Collectors.toMap(PlannedPair::mentorId, pair -> pair.menteeIds().size(), Integer::sum));
        Set<String> menteesPlanned = planned.stream().flatMap(pair -> pair.menteeIds().stream()).collect(Collectors.toSet());
        Options.put(task, OfferMentorsListener.MENTOR_OPTIONS, mentors.mentorsWithCapacity(schoolId).stream()
                .filter(mentor -> register == null || register.contains(mentor.id()))
                .filter(mentor -> mentor.freePlaces() > placesPlanned.getOrDefault(mentor.id(), 0))
                .map(mentor -> new Options.Option(mentor.fullName() + " — свободно мест: "
                        + (mentor.freePlaces() - placesPlanned.getOrDefault(mentor.id(), 0))
                        + (mentor.tags().isEmpty() ? "" : "; " + String.join(", ", mentor.tags())), mentor.id()))
                .toList());
        LocalDate today = LocalDate.now(clock);
        Map<String, MentorSuggestion> suggestions = mentees.bestMentorsForWaiting(schoolId);
        Options.put(task, MENTEE_OPTIONS, mentees.waitingMentees(schoolId).stream()
                .filter(mentee -> !menteesPlanned.contains(mentee.id()))
                .map(mentee -> new Options.Option(mentee.fullName()
                        + (mentee.subject() == null ? "" : ", " + mentee.subject())
                        + (mentee.mentorDueBy().isBefore(today) ? "" : ", наставник — до " + RussianDates.format(mentee.mentorDueBy()))
                        + bestMentor(suggestions.get(mentee.id())), mentee.id()))
                .toList());
        Options.put(task, FORM_OPTIONS, Arrays.stream(MentoringForm.values())
                .map(form -> new Options.Option(form.title(), form.code())).toList());
    }
}
