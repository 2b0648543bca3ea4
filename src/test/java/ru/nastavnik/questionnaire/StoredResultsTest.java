package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.questionnaire.QuestionnaireResults.Growth;
import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;
import ru.nastavnik.questionnaire.QuestionnaireResults.Response;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestSchools;

/**
 * What other modules read, from answers stored on PostgreSQL: a known school year of rounds (satisfaction, a pair's
 * entry and exit) and a year nobody answered in. The year is one no other test uses.
 */
@NastavnikTest
class StoredResultsTest {

    @Autowired
    Rounds rounds;
    @Autowired
    Links links;
    @Autowired
    Answers answers;
    @Autowired
    QuestionnaireResults results;
    @Autowired
    Schools schools;

    private final String year = schoolYear();
    private static final ClassData DATA = ClassData.of(StoredResultsTest.class);
    /** The test's own names: each test of the class has its own people, pair and rounds. */
    private String run;

    @Test
    void satisfactionGrowthAndResponsesOfAKnownYear() {
        run = DATA.key("known");
        Round satisfaction = open(Kind.SATISFACTION, "SATISFACTION:" + run, null, List.of(
                mentee("e1", null), mentee("e2", null), mentee("e3", null), mentee("e4", null), mentor("m1", null), mentor("m2", null)));
        answer(satisfaction, "e1", Map.of("satisfied", List.of("5"), "recommend", List.of("yes")));
        answer(satisfaction, "e2", Map.of("satisfied", List.of("4"), "recommend", List.of("yes")));
        answer(satisfaction, "e3", Map.of("satisfied", List.of("2"), "recommend", List.of("no")));
        answer(satisfaction, "m1", Map.of("satisfied", List.of("3"), "continue", List.of("maybe")));
        Round entry = open(Kind.ENTRY, "ENTRY:p1-" + run, "p1-" + run, List.of(mentor("m1", "p1-" + run), mentee("e1", "p1-" + run)));
        answer(entry, "m1", growth(2, "mentoringWish"));
        answer(entry, "e1", growth(1, "askingForHelp"));
        Round exit = open(Kind.EXIT, "EXIT:p1-" + run, "p1-" + run, List.of(mentor("m1", "p1-" + run), mentee("e1", "p1-" + run)));
        answer(exit, "m1", growth(4, "mentoringWish"));

        assertThat(results.satisfaction(school(), Respondent.MENTEE, year)).as("2 of the 3 who answered").hasValue(67);
        assertThat(results.satisfaction(school(), Respondent.MENTOR, year)).hasValue(0);
        assertThat(results.growth(school(), year)).as("the mentee has not answered at exit yet")
                .containsExactly(new Growth("p1-" + run, "m1-" + run, Respondent.MENTOR, 2.0, 4.0));
        assertThat(results.responses(school(), year)).containsExactly(
                new Response(Kind.ENTRY, Respondent.MENTEE, 1, 1), new Response(Kind.ENTRY, Respondent.MENTOR, 1, 1),
                new Response(Kind.EXIT, Respondent.MENTEE, 1, 0), new Response(Kind.EXIT, Respondent.MENTOR, 1, 1),
                new Response(Kind.SATISFACTION, Respondent.MENTEE, 4, 3), new Response(Kind.SATISFACTION, Respondent.MENTOR, 2, 1));
        String other = TestSchools.of(schools, DATA, "other").id();
        assertThat(results.satisfaction(other, Respondent.MENTEE, year)).as("another school's year").isEmpty();
        assertThat(results.growth(other, year)).isEmpty();
        assertThat(results.responses(other, year)).isEmpty();
    }

    @Test
    void aYearWithoutAnswersHasNoFiguresButItsLettersCount() {
        run = DATA.key("empty");
        open(Kind.SATISFACTION, "SATISFACTION:" + run, null, List.of(mentee("e1", null), mentor("m1", null)));

        assertThat(results.satisfaction(school(), Respondent.MENTEE, year)).isEmpty();
        assertThat(results.satisfaction(school(), Respondent.MENTOR, year)).isEmpty();
        assertThat(results.growth(school(), year)).isEmpty();
        assertThat(results.responses(school(), year)).containsExactly(new Response(Kind.SATISFACTION, Respondent.MENTEE, 1, 0),
                new Response(Kind.SATISFACTION, Respondent.MENTOR, 1, 0));
        assertThat(results.responses(school(), "1999/2000")).isEmpty();
    }

    private Round open(Kind kind, String key, String pairId, List<Participant> people) {
        LocalDateTime now = LocalDateTime.now();
        Round round = rounds.open(new Rounds.Opening(school(), key, kind, year, DATA.school("Школа результатов анкет"), pairId, now, now.plusDays(7), now.plusDays(14), people));
        rounds.invitations(school(), round.id()).forEach(links::sent);
        return round;
    }

    private void answer(Round round, String person, Map<String, List<String>> given) {
        Invitation invitation = rounds.invitations(school(), round.id()).stream().filter(i -> i.personId().equals(person + "-" + run)).findFirst()
                .orElseThrow();
        assertThat(answers.store(school(), invitation.id(), given)).isEqualTo(Answers.Outcome.STORED);
    }

    /** This class's school. */
    private String school() {
        return TestSchools.of(schools, DATA).id();
    }

    private static Map<String, List<String>> growth(int point, String roleQuestion) {
        Map<String, List<String>> given = new HashMap<>();
        for (String question : List.of("involvement", "competences", "ownRole", "jobSatisfaction", "climate", roleQuestion)) {
            given.put(question, List.of(String.valueOf(point)));
        }
        given.put("expectedTime", List.of("2to4"));
        return given;
    }

    private Participant mentee(String id, String pairId) {
        return new Participant(Respondent.MENTEE, id + "-" + run, "Наставляемый " + id, pairId);
    }

    private Participant mentor(String id, String pairId) {
        return new Participant(Respondent.MENTOR, id + "-" + run, "Наставник " + id, pairId);
    }

    private static String schoolYear() {
        int first = ThreadLocalRandom.current().nextInt(2100, 2900);
        return first + "/" + (first + 1);
    }
}
