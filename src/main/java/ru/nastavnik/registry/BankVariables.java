package ru.nastavnik.registry;

/** Names of the process variables and forms of the bank tasks, as the BPMN and the forms use them. */
public final class BankVariables {

    public static final String MENTEE_BANK_FORM = "mentee-bank";
    public static final String MENTOR_BANK_FORM = "mentor-bank";

    /** Rows pasted from Excel with the header row (form textarea, optional). */
    public static final String MENTEE_ROWS = "menteeRows";
    public static final String MENTOR_ROWS = "mentorRows";
    /** The curator's «Банк сформирован» (form checkbox, must be true). */
    public static final String BANK_COMPLETE = "bankComplete";
    /** Size of the bank after the task (Integer), written by saveBankRowsDelegate. */
    public static final String MENTEE_COUNT = "menteeCount";
    public static final String MENTOR_COUNT = "mentorCount";

    private BankVariables() {
    }
}
