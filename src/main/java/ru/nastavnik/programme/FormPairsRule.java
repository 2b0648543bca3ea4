package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.registry.MentorApproval;
import ru.nastavnik.registry.MentorCandidate;
import ru.nastavnik.registry.PairTerm;
import ru.nastavnik.registry.WaitingMentee;

/**
 * Pairs are formed from mentors with a free place and mentees waiting for one: one to three mentees a pair,
 * nobody in two pairs, and no mentor beyond three mentees at a time, counting the pairs already running or proposed and
 * the pairs entered before this one; a term of 1 to 12 months; a mentor approved within 30 days of the mentee's start.
 * The bank checks the same rules again when the pairs are proposed, whatever the entry point.
 */
@Component
class FormPairsRule implements FormRule {

    private static final Map<String, String> FIELD_TITLES = Map.of(
            "mentor", "Наставник", "mentees", "Наставляемые (1–3)", "months", "Срок, месяцев", "mentoringForm", "Форма наставничества");

    private final MentorBank mentors;
    private final MenteeBank mentees;

    private final Clock clock;

    FormPairsRule(MentorBank mentors, MenteeBank mentees, Clock clock) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.clock = clock;
    }

    @Override
    public String formId() {
        return "form-pairs";
    }

    @Override
    public List<String> check(FormValues values) {
        if (PlannedPair.isFinishing(values)) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        PlannedPair.FIELDS.stream().filter(values::isBlank).map(FIELD_TITLES::get)
                .forEach(title -> missing.add("Заполните поле «" + title + "»."));
        if (!missing.isEmpty()) {
            return PlannedPair.planned(values).isEmpty() || Boolean.TRUE.equals(values.raw("addAnotherPair"))
                    ? missing
                    : List.of("Укажите следующую пару или оставьте все поля пустыми, чтобы закончить.");
        }
        List<PlannedPair> pairs = PlannedPair.withCurrent(values);
        Map<String, MentorCandidate> free = mentors.mentorsWithCapacity(values.schoolId()).stream()
                .collect(Collectors.toMap(MentorCandidate::id, Function.identity()));
        Map<String, WaitingMentee> waiting = mentees.waitingMentees(values.schoolId()).stream()
                .collect(Collectors.toMap(WaitingMentee::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        Set<String> seenMentees = new HashSet<>();
        Map<String, Integer> placesTaken = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            PlannedPair pair = pairs.get(i);
            String prefix = "Пара " + (i + 1) + ": ";
            if (pair.menteeIds().isEmpty() || pair.menteeIds().size() > 3) {
                problems.add(prefix + "у наставника может быть от одного до трёх наставляемых.");
            }
            if (!PairTerm.allows(pair.months())) {
                problems.add(prefix + PairTerm.RULE);
            }
            if (!MentoringForm.isKnown(pair.mentoringForm())) {
                problems.add(prefix + "выберите форму наставничества из списка.");
            }
            MentorCandidate mentor = free.get(pair.mentorId());
            if (mentor == null) {
                problems.add(prefix + "у наставника нет свободных мест, или его нет в банке.");
            } else if (placesTaken.merge(mentor.id(), pair.menteeIds().size(), Integer::sum) > mentor.freePlaces()) {
                problems.add(prefix + "у наставника " + mentor.fullName() + " свободно мест: " + mentor.freePlaces()
                        + " — больше трёх наставляемых одновременно нельзя.");
            }
            for (String menteeId : pair.menteeIds()) {
                WaitingMentee mentee = waiting.get(menteeId);
                if (mentee == null) {
                    problems.add(prefix + "наставляемый уже в паре или не найден в банке.");
                } else if (!seenMentees.add(menteeId)) {
                    problems.add(prefix + mentee.fullName() + " уже указан(а) в другой паре.");
                } else {
                    MentorApproval.tooLate(mentee, LocalDate.now(clock)).ifPresent(late -> problems.add(prefix + late));
                }
            }
        }
        return problems;
    }
}
