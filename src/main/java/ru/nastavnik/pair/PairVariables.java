package ru.nastavnik.pair;

/** Variable names of the {@code MentoringPair} process. */
public final class PairVariables {

    public static final String PROCESS_KEY = "MentoringPair";

    /** The pair as the programme formed it: mentorId, mentorName, menteeIds, menteeNames, months, form, startDate, endDate. */
    public static final String PAIR = "pair";
    public static final String SUCCESSFUL = "pairSuccessful";
    public static final String RESULTS = "pairResults";

    private PairVariables() {
    }
}
