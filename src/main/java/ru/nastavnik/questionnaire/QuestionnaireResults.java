package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the questionnaires say, for the key figures and the dashboard (of one school, by its id; a school year is
 * written «2026/2027»). Two-stage monitoring: the same growth questions at a pair's start (ENTRY) and end (EXIT);
 * SATISFACTION at the end of each programme.
 */
public interface QuestionnaireResults {

    enum Respondent { MENTOR, MENTEE }

    enum Kind { ENTRY, EXIT, SATISFACTION }

    /** One participant's mean answer to the growth questions (scale 1–5) at entry and at exit of the same pair. */
    record Growth(String pairId, String personId, Respondent role, double entry, double exit) {

        public double change() {
            return exit - entry;
        }
    }

    /** Links sent and questionnaires answered, per kind and role, for the response rate. */
    record Response(Kind kind, Respondent role, int sent, int answered) { }

    /**
     * The satisfied share, percent 0–100, of those of the role who answered the satisfaction questionnaire in the
     * school year; empty when nobody answered (never a division by zero).
     */
    OptionalInt satisfaction(String schoolId, Respondent role, String schoolYear);

    /** Participants of pairs that ended in the school year who answered both the entry and the exit questionnaire. */
    List<Growth> growth(String schoolId, String schoolYear);

    List<Response> responses(String schoolId, String schoolYear);
}
