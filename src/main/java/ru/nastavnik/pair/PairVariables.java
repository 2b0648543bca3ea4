package ru.nastavnik.pair;

/** Variable names of the {@code MentoringPair} process and of the pair steps of the programme. */
public final class PairVariables {

    public static final String PROCESS_KEY = "MentoringPair";

    /** The proposals or pairs of a forming round (object variable, a list of {@link Pair} maps): one step per element. */
    public static final String PAIR_LIST = "pairList";
    /** The consented pairs with names, as JSON, for the order on forming them. */
    public static final String PAIRS = "pairs";
    public static final String CONSENTED_PAIR_COUNT = "consentedPairCount";
    /** The pair: see {@link Pair}. */
    public static final String PAIR = "pair";
    /** Who signs in as the mentor (a Camunda user id), or null: then the curator records on the mentor's behalf. */
    public static final String MENTOR_USER = "mentorUser";
    /** The mentee of a mentee's own step (consent, feedback): an element of the pair's menteeIds. */
    public static final String MENTEE_ID = "menteeId";
    public static final String SUCCESSFUL = "pairSuccessful";
    public static final String RESULTS = "pairResults";
    /** The date of the next planned meeting, ISO; set by the planning meeting and each joint-work meeting. */
    public static final String PLANNED_MEETING = "plannedMeetingDate";
    /** The last meeting recorded: its id (nst_meeting) and date, ISO. */
    public static final String LAST_MEETING_ID = "lastMeetingId";
    public static final String LAST_MEETING_DATE = "lastMeetingDate";
    /** The day the last meeting was recorded (ISO): feedback is due some days after it, not after a meeting recorded late. */
    public static final String LAST_MEETING_RECORDED = "lastMeetingRecordedOn";
    /** The mentor ticked «Это последняя встреча совместной работы». */
    public static final String JOINT_WORK_DONE = "jointWorkDone";
    /** Consent form: «agree» or «refuse», and a comment. */
    public static final String CONSENT = "consentDecision";
    public static final String CONSENT_COMMENT = "consentComment";
    /** Early termination: the reason the curator gave. */
    public static final String TERMINATION_REASON = "reason";

    private PairVariables() {
    }
}
