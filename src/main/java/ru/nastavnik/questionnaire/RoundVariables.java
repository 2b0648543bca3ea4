package ru.nastavnik.questionnaire;

/** Variable names of the {@code QuestionnaireRound} process and of the steps that send questionnaires. */
final class RoundVariables {

    static final String PROCESS_KEY = "QuestionnaireRound";

    /** Input of the sending step: ENTRY, EXIT or SATISFACTION. */
    static final String KIND = "questionnaireKind";
    static final String ROUND_ID = "roundId";
    /** The school a round's process belongs to, named at its start (school.SchoolTenantIdProvider). */
    static final String SCHOOL_ID = "schoolId";
    /** When those who have not answered are reminded, and when the round closes (dates, for the timers). */
    static final String REMINDER_AT = "reminderAt";
    static final String CLOSES_AT = "closesAt";

    private RoundVariables() {
    }
}
