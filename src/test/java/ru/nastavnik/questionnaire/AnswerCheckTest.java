package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/** The server's own check of a submitted questionnaire, against the shipped satisfaction questionnaire of a mentee. */
class AnswerCheckTest {

    private final List<Question> questions = shipped("satisfaction-mentee.json").questionsFor(Kind.SATISFACTION, Respondent.MENTEE);

    @Test
    void aCompleteAnswerIsTakenAsItCameWithTextStrippedAndLineBreaksUnified() {
        Map<String, String[]> form = complete();
        form.put("q.usefulForms", new String[] {"oneToOne", "online", "oneToOne"});
        form.put("q.mostValuable", new String[] {"  Разбор уроков 👍\r\nи поддержка  "});

        AnswerCheck.Result result = AnswerCheck.check(questions, form);

        assertThat(result.accepted()).isTrue();
        assertThat(result.answers()).containsEntry("satisfied", List.of("4"))
                .containsEntry("usefulForms", List.of("oneToOne", "online"))
                .containsEntry("mostValuable", List.of("Разбор уроков 👍\nи поддержка"))
                .containsEntry("improve", List.of());
    }

    @Test
    void missingRequiredAnswersAreRefusedInRussianEachNextToItsQuestion() {
        Map<String, String[]> form = complete();
        form.remove("q.satisfied");
        form.put("q.recommend", new String[] {"   "});

        AnswerCheck.Result result = AnswerCheck.check(questions, form);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).containsOnly(Map.entry("satisfied", "Выберите оценку от 1 до 5."),
                Map.entry("recommend", "Выберите один из вариантов."));
    }

    @Test
    void aScaleTakesOneWholeNumberInItsRange() {
        assertThat(problemOf("q.satisfied", "6")).isEqualTo("Оценка должна быть от 1 до 5.");
        assertThat(problemOf("q.satisfied", "0")).isEqualTo("Оценка должна быть от 1 до 5.");
        assertThat(problemOf("q.satisfied", "4.5")).isEqualTo("Оценка должна быть числом от 1 до 5.");
        assertThat(problemOf("q.satisfied", "пять")).isEqualTo("Оценка должна быть числом от 1 до 5.");
        assertThat(problemOf("q.satisfied", "4", "5")).isEqualTo("Выберите одну оценку.");
    }

    @Test
    void choicesAreOnlyTheOfferedOnes() {
        assertThat(problemOf("q.recommend", "maybe")).isEqualTo("Такого варианта ответа нет: выберите из предложенных.");
        assertThat(problemOf("q.recommend", "yes", "no")).isEqualTo("Выберите только один вариант.");
        assertThat(problemOf("q.usefulForms", "oneToOne", "<script>")).isEqualTo("Такого варианта ответа нет: выберите из предложенных.");
    }

    @Test
    void textIsAtMostTwoThousandCharactersCountingAnEmojiAsOneAndHasNoControlCharacters() {
        assertThat(problemOf("q.improve", "я".repeat(2000))).isNull();
        assertThat(problemOf("q.improve", "😀".repeat(2000))).as("2000 emoji are 4000 UTF-16 units, still 2000 characters").isNull();
        assertThat(problemOf("q.improve", "я".repeat(2001))).isEqualTo("Ответ не длиннее 2000 знаков, сейчас 2001.");
        assertThat(problemOf("q.improve", "x".repeat(1_000_000))).isEqualTo("Ответ не длиннее 2000 знаков, сейчас 1000000.");
        assertThat(problemOf("q.improve", "нуль\u0000байт")).isEqualTo("В тексте есть непечатаемые символы: уберите их.");
        assertThat(problemOf("q.improve", "<script>alert('x')</script><b>жирный</b>")).as("markup is text, shown escaped").isNull();
        assertThat(problemOf("q.improve", "раз", "два")).isEqualTo("Ответ должен быть одним текстом.");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Map<String, String[]> form = complete();
        form.put("q.notAQuestion", new String[] {"1"});
        form.put("nonce", new String[] {"x"});
        assertThat(AnswerCheck.check(questions, form).answers()).doesNotContainKey("notAQuestion");
    }

    private String problemOf(String field, String... values) {
        Map<String, String[]> form = complete();
        form.put(field, values);
        return AnswerCheck.check(questions, form).problems().get(field.substring(2));
    }

    private static Map<String, String[]> complete() {
        Map<String, String[]> form = new HashMap<>();
        form.put("q.satisfied", new String[] {"4"});
        form.put("q.mentorHelp", new String[] {"5"});
        form.put("q.meetingsUseful", new String[] {"3"});
        form.put("q.recommend", new String[] {"yes"});
        return form;
    }

    static Questionnaire shipped(String file) {
        try {
            return QuestionnaireReader.read(file, Files.readString(Path.of("questionnaires", file)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
