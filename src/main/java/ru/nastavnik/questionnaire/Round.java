package ru.nastavnik.questionnaire;

import java.time.LocalDateTime;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;

/** One sending of a questionnaire (nst_questionnaire_round): reminded at reminderAt, evaluated at closesAt. */
record Round(String id, String schoolId, Kind kind, String schoolYear, String schoolName, String pairId, LocalDateTime reminderAt,
             LocalDateTime closesAt, LocalDateTime closedAt) { }
