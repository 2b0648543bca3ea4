package ru.nastavnik.pair;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** A mentor approved after the 30 days needs the director's written reason. */
@Component
class LateApprovalRule implements FormRule {

    @Override
    public String formId() {
        return "mentor-approval-overdue";
    }

    @Override
    public List<String> check(FormValues values) {
        if ("allow".equals(values.text("lateApprovalDecision").orElse("")) && values.isBlank("lateApprovalReason")) {
            return List.of("Укажите основание, по которому наставник назначается после срока.");
        }
        return List.of();
    }
}
