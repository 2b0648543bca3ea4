package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import ru.nastavnik.questionnaire.Answers.Sheet;
import ru.nastavnik.questionnaire.QuestionnaireResults.Growth;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/** The figures on a known set of answers, including nobody answering and a questionnaire changed between entry and exit. */
class ResultArithmeticTest {

    private static final Questionnaire GROWTH = AnswerCheckTest.shipped("growth.json");
    private static final Questionnaire SATISFACTION = AnswerCheckTest.shipped("satisfaction-mentee.json");
    private static final Function<String, Questionnaire> VERSIONS = hash -> switch (hash) {
        case "growth" -> GROWTH;
        case "satisfaction" -> SATISFACTION;
        case "growth-without-climate" -> new Questionnaire("growth", "Анкета", null, GROWTH.kinds(), GROWTH.roles(),
                GROWTH.questions().stream().filter(q -> !q.id().equals("climate")).toList());
        default -> throw new IllegalArgumentException(hash);
    };

    @Test
    void satisfiedAreThoseAnsweringFourOrFiveOfThoseWhoAnswered() {
        List<Sheet> sheets = List.of(satisfied("5"), satisfied("4"), satisfied("3"), satisfied("1"), satisfied("4"), satisfied("2"),
                satisfied("5"));

        assertThat(ResultArithmetic.satisfiedShare(sheets, VERSIONS)).hasValue(57);
        assertThat(ResultArithmetic.satisfiedShare(List.of(satisfied("5"), satisfied("4"), satisfied("2")), VERSIONS))
                .as("2 of 3 is 66.7, rounded half up").hasValue(67);
        assertThat(ResultArithmetic.satisfiedShare(List.of(satisfied("3")), VERSIONS)).hasValue(0);
    }

    @Test
    void nobodyAnsweringIsNoFigureNotADivisionByZero() {
        assertThat(ResultArithmetic.satisfiedShare(List.of(), VERSIONS)).isEqualTo(OptionalInt.empty());
        assertThat(ResultArithmetic.growth(List.of(), List.of(), VERSIONS)).isEmpty();
    }

    @Test
    void growthIsTheMeanOfTheGrowthQuestionsAtEntryAgainstExitPerPerson() {
        Sheet mentorIn = growth("entry-1", "pair-1", "mentor-1", Respondent.MENTOR, "growth", 3, 2, 4, 3, 3, 0, 2);
        Sheet mentorOut = growth("exit-1", "pair-1", "mentor-1", Respondent.MENTOR, "growth", 4, 4, 4, 4, 4, 0, 5);
        Sheet menteeIn = growth("entry-2", "pair-1", "mentee-1", Respondent.MENTEE, "growth", 2, 1, 2, 3, 2, 1, 0);
        Sheet menteeOut = growth("exit-2", "pair-1", "mentee-1", Respondent.MENTEE, "growth", 4, 3, 4, 4, 3, 5, 0);
        Sheet onlyExit = growth("exit-3", "pair-1", "mentee-2", Respondent.MENTEE, "growth", 5, 5, 5, 5, 5, 5, 0);

        List<Growth> growth = ResultArithmetic.growth(List.of(mentorOut, menteeOut, onlyExit), List.of(mentorIn, menteeIn), VERSIONS);

        assertThat(growth).containsExactly(
                new Growth("pair-1", "mentor-1", Respondent.MENTOR, 17 / 6.0, 25 / 6.0),
                new Growth("pair-1", "mentee-1", Respondent.MENTEE, 11 / 6.0, 23 / 6.0));
        assertThat(growth.get(1).change()).isEqualTo(2.0);
    }

    @Test
    void aQuestionDroppedBetweenEntryAndExitIsLeftOutOfBothMeans() {
        Sheet in = growth("entry-1", "pair-9", "mentee-9", Respondent.MENTEE, "growth", 1, 1, 1, 1, 5, 1, 0);
        Sheet out = growth("exit-1", "pair-9", "mentee-9", Respondent.MENTEE, "growth-without-climate", 2, 2, 2, 2, 0, 2, 0);

        assertThat(ResultArithmetic.growth(List.of(out), List.of(in), VERSIONS))
                .containsExactly(new Growth("pair-9", "mentee-9", Respondent.MENTEE, 1.0, 2.0));
    }

    private static Sheet satisfied(String answer) {
        return new Sheet("id-" + answer, null, "person", Respondent.MENTEE, "satisfaction",
                Map.of("satisfied", List.of(answer), "recommend", List.of("yes")));
    }

    /** Answers to involvement, competences, ownRole, jobSatisfaction, climate, askingForHelp, mentoringWish (0: none). */
    private static Sheet growth(String id, String pair, String person, Respondent role, String version, int... points) {
        String[] questions = {"involvement", "competences", "ownRole", "jobSatisfaction", "climate", "askingForHelp", "mentoringWish"};
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (int i = 0; i < questions.length; i++) {
            if (points[i] > 0) {
                answers.put(questions[i], List.of(String.valueOf(points[i])));
            }
        }
        answers.put("expectations", List.of("Научиться"));
        return new Sheet(id, pair, person, role, version, answers);
    }
}
