package ru.nastavnik.programme;

/** Variable names of the {@code MentoringProgramme} process, as its forms and delegates use them. */
public final class ProgrammeVariables {

    public static final String PROCESS_KEY = "MentoringProgramme";

    public static final String SCHOOL_NAME = "schoolName";
    public static final String SCHOOL_YEAR = "schoolYear";
    public static final String START_DATE = "programmeStartDate";

    public static final String CURATOR = "curator";
    public static final String CURATOR_CANDIDATES = "curatorCandidates";

    public static final String LETTER_SUBJECT = "letterSubject";
    public static final String LETTER_TEXT = "letterText";

    public static final String SELECTED_MENTORS = "selectedMentors";

    public static final String COUNCIL_DATE = "councilDate";
    public static final String REGULATIONS_APPROVAL_DATE = "regulationsApprovalDate";

    private ProgrammeVariables() {
    }
}
