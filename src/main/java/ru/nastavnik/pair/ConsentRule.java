package ru.nastavnik.pair;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** A refusal says why, so the curator can propose another pair. */
@Component
class ConsentRule implements FormRule {

    @Override
    public String formId() {
        return "consent";
    }

    @Override
    public List<String> check(FormValues values) {
        if ("refuse".equals(values.text(PairVariables.CONSENT).orElse("")) && values.isBlank(PairVariables.CONSENT_COMMENT)) {
            return List.of("Укажите причину отказа: куратор учтёт её при подборе другой пары.");
        }
        return List.of();
    }
}
