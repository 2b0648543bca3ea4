package ru.nastavnik.questionnaire;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;

/** What people read about a kind of round: the letter's subject and the page's heading. */
final class QuestionnaireWording {

    private QuestionnaireWording() {
    }

    static String subject(Kind kind) {
        return switch (kind) {
            case ENTRY -> "Анкета участника программы наставничества: начало работы";
            case EXIT -> "Анкета участника программы наставничества: итоги работы";
            case SATISFACTION -> "Анкета: удовлетворённость программой наставничества";
        };
    }

    static String reminderSubject(Kind kind) {
        return "Напоминание. " + subject(kind);
    }

    static String heading(Kind kind) {
        return switch (kind) {
            case ENTRY -> "Входная анкета";
            case EXIT -> "Итоговая анкета";
            case SATISFACTION -> "Анкета удовлетворённости";
        };
    }
}
