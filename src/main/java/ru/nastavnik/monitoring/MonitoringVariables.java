package ru.nastavnik.monitoring;

/** Variable names of the {@code MonitoringRound} process, as its forms, delegate and listeners use them. */
final class MonitoringVariables {

    static final String PROCESS_KEY = "MonitoringRound";
    /** The process whose timer starts a round in December and June. */
    static final String SCHEDULE_KEY = "MonitoringSchedule";

    /** «SCHEDULED» when the schedule called the round; absent when a person started it in Tasklist. */
    static final String KIND = "roundKind";
    static final String ROUND_ID = "roundId";
    static final String ROUND_TITLE = "roundTitle";
    static final String SCHOOL_YEAR = "schoolYear";
    static final String REPORT_URL = "reportUrl";
    static final String CSV_URL = "figuresCsvUrl";
    static final String XLSX_URL = "figuresXlsxUrl";
    /** The figures in the form's text, one variable a line. */
    static final String KPI_YOUNG = "kpiYoungShare";
    static final String KPI_MENTEE_SATISFACTION = "kpiMenteeSatisfaction";
    static final String KPI_MENTOR_SATISFACTION = "kpiMentorSatisfaction";
    static final String KPI_PAIRS = "kpiPairs";
    static final String KPI_FORMS = "kpiForms";
    static final String KPI_GROWTH = "kpiGrowth";
    static final String KPI_RESPONSES = "kpiResponses";

    static final String STRENGTHS = "swotStrengths";
    static final String WEAKNESSES = "swotWeaknesses";
    static final String OPPORTUNITIES = "swotOpportunities";
    static final String THREATS = "swotThreats";
    static final String DECISION = "swotDecision";
    static final String ACCEPT = "accept";
    static final String RETURN = "return";
    static final String REVIEW_COMMENT = "swotReviewComment";
    static final String ACCEPTED = "swotAccepted";

    private MonitoringVariables() {
    }
}
