package ru.nastavnik.programme;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** A register returned to the curator says what to change. */
@Component
class MentorRegisterRule implements FormRule {

    @Override
    public String formId() {
        return "approve-register";
    }

    @Override
    public List<String> check(FormValues values) {
        boolean returned = values.text("registerDecision").filter("return"::equals).isPresent();
        return returned && values.text("registerComment").isEmpty()
                ? List.of("Укажите, что исправить в реестре наставников.")
                : List.of();
    }
}
