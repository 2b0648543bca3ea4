package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ru.nastavnik.questionnaire.Question.Measure;
import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/** The files a methodologist edits: the shipped ones read, a broken one is refused with every problem in Russian. */
class QuestionnaireReaderTest {

    @Test
    void theShippedGrowthQuestionnaireAsksTheSameGrowthQuestionsAtEntryAndExit() {
        Questionnaire growth = AnswerCheckTest.shipped("growth.json");

        for (Respondent role : Respondent.values()) {
            assertThat(growth.questionsFor(Kind.ENTRY, role).stream().filter(q -> q.measure() == Measure.GROWTH))
                    .containsExactlyElementsOf(growth.questionsFor(Kind.EXIT, role).stream().filter(q -> q.measure() == Measure.GROWTH).toList());
        }
        assertThat(growth.questionsFor(Kind.ENTRY, Respondent.MENTEE)).extracting(Question::id).contains("askingForHelp", "expectations")
                .doesNotContain("mentoringWish", "changes");
        assertThat(growth.questionsFor(Kind.EXIT, Respondent.MENTOR)).extracting(Question::id).contains("mentoringWish", "changes", "achievements")
                .doesNotContain("askingForHelp", "expectations");
    }

    @Test
    void eachSatisfactionQuestionnaireHasItsOneSatisfactionQuestion() {
        for (String file : new String[] {"satisfaction-mentee.json", "satisfaction-mentor.json"}) {
            Question satisfied = AnswerCheckTest.shipped(file).satisfactionQuestion().orElseThrow();
            assertThat(satisfied.text()).isEqualTo("Насколько вы удовлетворены участием в программе наставничества?");
            assertThat(satisfied.satisfiedFrom()).isEqualTo(4);
        }
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemNamed() {
        String broken = """
                {"id": "satisfaction-mentee", "title": "Анкета", "kinds": ["SATISFACTION", "YEARLY"], "roles": ["MENTEE"],
                 "questions": [
                   {"id": "satisfied", "type": "scale", "measure": "satisfaction", "text": "Довольны?", "max": 10},
                   {"id": "satisfied", "type": "single", "text": "Ещё раз?", "options": [{"value": "a", "label": "А"}]},
                   {"id": "free", "type": "text", "text": "Что ещё?", "maxLength": 5000}
                 ]}""";

        assertThatThrownBy(() -> QuestionnaireReader.read("questionnaires/satisfaction-mentee.json", broken))
                .isInstanceOf(QuestionnaireFileException.class)
                .hasMessageStartingWith("Анкета questionnaires/satisfaction-mentee.json не принята: ")
                .hasMessageContaining("kinds: «YEARLY» — одно из [entry, exit, satisfaction]")
                .hasMessageContaining("вопрос «satisfied»: измерять рост или удовлетворённость можно только шкалой от 1 до 5")
                .hasMessageContaining("вопрос «satisfied»: нужно хотя бы два варианта ответа (options)")
                .hasMessageContaining("вопрос «satisfied» встречается дважды")
                .hasMessageContaining("вопрос «free»: maxLength от 1 до 2000");
    }

    @Test
    void entryAndExitAreOneQuestionnaireSoTheirGrowthQuestionsMatch() {
        String entryOnly = """
                {"id": "entry", "title": "Входная", "kinds": ["ENTRY"], "roles": ["MENTEE"],
                 "questions": [{"id": "q1", "type": "scale", "measure": "growth", "text": "Как дела?", "required": true}]}""";

        assertThatThrownBy(() -> QuestionnaireReader.read("entry.json", entryOnly))
                .hasMessageContaining("входная и итоговая анкеты — одна анкета (kinds: ENTRY и EXIT)");
        assertThatThrownBy(() -> QuestionnaireReader.read("x.json", "{ not json")).hasMessageContaining("это не JSON");
    }
}
