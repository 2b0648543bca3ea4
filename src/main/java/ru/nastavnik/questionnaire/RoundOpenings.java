package ru.nastavnik.questionnaire;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.pair.PairOverview;
import ru.nastavnik.pair.PairVariables;
import ru.nastavnik.school.InstanceSchool;

/**
 * Who is asked in a round and until when, from the process that sends it: the mentor and every mentee of the pair
 * (entry, exit), or everyone who was in a pair of the programme this year, each once (satisfaction). The reminder goes
 * out at 9:00 after the reminder days; links work to the end of the last answer day.
 */
@Component
class RoundOpenings {

    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    private final QuestionnaireSettings settings;
    private final Clock clock;
    private final PairOverview pairs;

    RoundOpenings(QuestionnaireSettings settings, Clock clock, PairOverview pairs) {
        this.settings = settings;
        this.clock = clock;
        this.pairs = pairs;
    }

    Rounds.Opening of(Kind kind, DelegateExecution execution) {
        String schoolYear = (String) execution.getVariable("schoolYear");
        if (schoolYear == null) {
            throw new IllegalStateException("No schoolYear in process " + execution.getProcessInstanceId());
        }
        String schoolName = (String) execution.getVariable("schoolName");
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDateTime reminderAt = today.plusDays(settings.reminderDays()).atTime(REMINDER_TIME);
        LocalDateTime closesAt = today.plusDays(settings.answerDays()).atTime(LAST_MINUTE);
        if (kind == Kind.SATISFACTION) {
            String schoolId = InstanceSchool.of(execution);
            return new Rounds.Opening(schoolId, "SATISFACTION:" + execution.getProcessInstanceId(), kind, schoolYear, schoolName, null, now,
                    reminderAt, closesAt, everyoneInPairs(pairs.pairsOf(schoolId, execution.getProcessBusinessKey())));
        }
        Pair pair = Pair.of(execution.getVariable(PairVariables.PAIR));
        return new Rounds.Opening(execution.getTenantId(), kind + ":" + pair.pairId(), kind, schoolYear, schoolName, pair.pairId(), now, reminderAt, closesAt,
                people(pair, pair.pairId()));
    }

    private static List<Participant> everyoneInPairs(List<Pair> programmePairs) {
        Map<String, Participant> everyone = new LinkedHashMap<>();
        for (Pair pair : programmePairs) {
            for (Participant person : people(pair, null)) {
                everyone.putIfAbsent(person.role() + ":" + person.personId(), person);
            }
        }
        return List.copyOf(everyone.values());
    }

    private static List<Participant> people(Pair pair, String pairId) {
        List<Participant> people = new ArrayList<>();
        people.add(new Participant(Respondent.MENTOR, pair.mentorId(), pair.mentorName(), pairId));
        for (int i = 0; i < pair.menteeIds().size(); i++) {
            people.add(new Participant(Respondent.MENTEE, pair.menteeIds().get(i), pair.menteeNames().get(i), pairId));
        }
        return people;
    }
}
