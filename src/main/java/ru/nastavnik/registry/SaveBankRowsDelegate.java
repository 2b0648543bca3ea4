package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.Refused;
import ru.nastavnik.school.InstanceSchool;

/**
 * «Сохранить банк наставляемых» / «Сохранить банк наставников», right after the curator's bank task (its input
 * {@code bank}: MENTEE or MENTOR): saves the rows pasted into the form (menteeRows or mentorRows) and writes the size of
 * that bank (menteeCount or mentorCount). The pasted text is removed from the running variables (the engine's history
 * keeps what was submitted; the form caps it at 3500 characters, below the engine's text column), and so is «Банк
 * сформирован», so the next bank's form is ticked by its own submission, not by this one's.
 */
@Component("saveBankRowsDelegate")
class SaveBankRowsDelegate implements JavaDelegate {

    static final String BANK = "bank";

    private final MenteeBank mentees;
    private final MentorBank mentors;

    SaveBankRowsDelegate(MenteeBank mentees, MentorBank mentors) {
        this.mentees = mentees;
        this.mentors = mentors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object bank = execution.getVariableLocal(BANK);
        String schoolId = InstanceSchool.of(execution);
        if ("MENTEE".equals(bank)) {
            String rows = pasted(execution, BankVariables.MENTEE_ROWS);
            if (rows != null) {
                refuseUnclean(mentees.importPasted(schoolId, rows));
            }
            execution.setVariable(BankVariables.MENTEE_COUNT, mentees.size(schoolId));
        } else if ("MENTOR".equals(bank)) {
            String rows = pasted(execution, BankVariables.MENTOR_ROWS);
            if (rows != null) {
                refuseUnclean(mentors.importPasted(schoolId, rows));
            }
            execution.setVariable(BankVariables.MENTOR_COUNT, mentors.size(schoolId));
        } else {
            throw new IllegalStateException("The task saving a bank needs the input parameter bank (MENTEE or MENTOR), was " + bank);
        }
        execution.removeVariable(BankVariables.BANK_COMPLETE);
    }

    private static String pasted(DelegateExecution execution, String key) {
        Object value = execution.getVariable(key);
        if (value != null) {
            execution.removeVariable(key);
        }
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    /** The form rule accepted these rows a moment ago; if the bank changed since, save none of them. */
    private static void refuseUnclean(ImportReport report) {
        if (!report.clean()) {
            throw new Refused(INVALID, report.problems());
        }
    }
}
