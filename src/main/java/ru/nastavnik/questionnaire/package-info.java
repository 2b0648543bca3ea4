/**
 * Questionnaires for mentors and mentees: personal one-time links by mail, the answers, two-stage monitoring (entry
 * and exit) and satisfaction; {@link ru.nastavnik.questionnaire.QuestionnaireResults} is what other modules read.
 */
package ru.nastavnik.questionnaire;
