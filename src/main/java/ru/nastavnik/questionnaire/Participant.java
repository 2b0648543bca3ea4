package ru.nastavnik.questionnaire;

import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/** Someone to ask: the mentor or a mentee of a pair, by their id in the bank. */
record Participant(Respondent role, String personId, String name, String pairId) { }
