package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.Refused;

/**
 * On {@code complete}, after checkFormListener: saves the rows pasted into the bank form (menteeRows or mentorRows)
 * and writes the size of that bank (menteeCount or mentorCount); the bank is the task's form, or the variable present.
 * The pasted text is removed from the running variables (the engine's history keeps what was submitted; the form caps
 * it at 3500 characters, below the engine's text column), and so is «Банк сформирован», so the next bank's form is
 * ticked by its own submission, not by this one's.
 */
@Component("saveBankRowsListener")
class SaveBankRowsListener implements TaskListener {

    private final MenteeBank mentees;
    private final MentorBank mentors;

    SaveBankRowsListener(MenteeBank mentees, MentorBank mentors) {
        this.mentees = mentees;
        this.mentors = mentors;
    }

    @Override
    public void notify(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        String formId = userTask == null ? null : userTask.getCamundaFormRef();
        if (BankVariables.MENTEE_BANK_FORM.equals(formId) || task.hasVariable(BankVariables.MENTEE_ROWS)) {
            String rows = pasted(task, BankVariables.MENTEE_ROWS);
            if (rows != null) {
                refuseUnclean(mentees.importPasted(rows));
            }
            task.setVariable(BankVariables.MENTEE_COUNT, mentees.size());
        }
        if (BankVariables.MENTOR_BANK_FORM.equals(formId) || task.hasVariable(BankVariables.MENTOR_ROWS)) {
            String rows = pasted(task, BankVariables.MENTOR_ROWS);
            if (rows != null) {
                refuseUnclean(mentors.importPasted(rows));
            }
            task.setVariable(BankVariables.MENTOR_COUNT, mentors.size());
        }
        task.removeVariable(BankVariables.BANK_COMPLETE);
    }

    private static String pasted(DelegateTask task, String key) {
        Object value = task.getVariable(key);
        if (value != null) {
            task.removeVariable(key);
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
