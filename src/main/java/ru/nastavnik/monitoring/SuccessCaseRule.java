package ru.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** A case described without a name cannot be found in the bank of cases. */
@Component
class SuccessCaseRule implements FormRule {

    @Override
    public String formId() {
        return "final-event";
    }

    @Override
    public List<String> check(FormValues values) {
        List<String> problems = new ArrayList<>();
        List<FormValues> items = values.items(RecordSuccessCasesDelegate.CASES);
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i).text(RecordSuccessCasesDelegate.CASE_TITLE).isEmpty()
                    && items.get(i).text(RecordSuccessCasesDelegate.CASE_DESCRIPTION).isPresent()) {
                problems.add("Успешная практика " + (i + 1) + ": укажите название.");
            }
        }
        return problems;
    }
}
