package ru.nastavnik.feedback;

import java.time.LocalDateTime;

import ru.nastavnik.feedback.QuestionnaireResults.Kind;

/** One sending of a questionnaire (nst_questionnaire_round): reminded at reminderAt, evaluated at closesAt. */
record Round(String id, Kind kind, String schoolYear, String schoolName, String pairId, LocalDateTime reminderAt,
             LocalDateTime closesAt, LocalDateTime closedAt) { }
