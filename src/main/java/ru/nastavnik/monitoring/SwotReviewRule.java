package ru.nastavnik.monitoring;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** A SWOT analysis returned to the curator says what to change. */
@Component
class SwotReviewRule implements FormRule {

    @Override
    public String formId() {
        return "monitoring-review";
    }

    @Override
    public List<String> check(FormValues values) {
        if (MonitoringVariables.RETURN.equals(values.text(MonitoringVariables.DECISION).orElse(""))
                && values.isBlank(MonitoringVariables.REVIEW_COMMENT)) {
            return List.of("Напишите куратору, что доработать в SWOT-анализе.");
        }
        return List.of();
    }
}
