package ru.nastavnik.monitoring;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.CompletedBy;
import ru.nastavnik.programme.ProgrammeVariables;

/**
 * «Сохранить успешные практики в банк практик», after stage 6's final event (form «final-event»): the curator's successful practices go into the bank of cases, one row
 * per item of the list «successCases»; the general text «successfulCases» alone becomes one case. Listed cases
 * without a general text become that text, which the final report prints.
 */
@Component("recordSuccessCasesDelegate")
class RecordSuccessCasesDelegate implements JavaDelegate {

    static final String CASES = "successCases";
    static final String CASE_TITLE = "caseTitle";
    static final String CASE_DESCRIPTION = "caseDescription";
    static final String GENERAL_TEXT = "successfulCases";

    private final SuccessCases cases;
    private final IdentityService identity;
    private final Clock clock;

    RecordSuccessCasesDelegate(SuccessCases cases, IdentityService identity, Clock clock) {
        this.cases = cases;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution);
        String school = (String) execution.getVariable(ProgrammeVariables.SCHOOL_NAME);
        String year = (String) execution.getVariable(ProgrammeVariables.SCHOOL_YEAR);
        LocalDateTime now = LocalDateTime.now(clock);
        List<SuccessCases.SuccessCase> found = of(form, school, year, now);
        cases.replace(execution.getTenantId(), execution.getProcessInstanceId(), school, year, found, CompletedBy.of(identity), now);
        if (form.items(CASES) != null && !found.isEmpty() && form.text(GENERAL_TEXT).isEmpty()) {
            // the final report prints «successfulCases»: the listed cases go there when no general text was written
            execution.setVariable(GENERAL_TEXT, String.join("\n", found.stream().map(c -> c.title() + ". " + c.description()).toList()));
        }
    }

    static List<SuccessCases.SuccessCase> of(FormValues form, String school, String year, LocalDateTime now) {
        List<SuccessCases.SuccessCase> found = new ArrayList<>();
        List<FormValues> items = form.items(CASES);
        for (FormValues item : items == null ? List.<FormValues>of() : items) {
            if (item.text(CASE_TITLE).isPresent()) {
                found.add(new SuccessCases.SuccessCase(school, year, item.text(CASE_TITLE).get(),
                        item.text(CASE_DESCRIPTION).orElse(""), now));
            }
        }
        if (found.isEmpty() && form.text(GENERAL_TEXT).isPresent()) {
            found.add(new SuccessCases.SuccessCase(school, year, "Успешные практики программы", form.text(GENERAL_TEXT).get(), now));
        }
        return found;
    }
}
