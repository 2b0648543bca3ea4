package ru.nastavnik.orders;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** A director returning an order says what to correct. */
@Component
class SignOrderRule implements FormRule {

    @Override
    public String formId() {
        return "sign-order";
    }

    @Override
    public List<String> check(FormValues values) {
        boolean returning = values.text(OrderVariables.ORDER_DECISION).filter(OrderVariables.RETURN::equals).isPresent();
        return returning && values.isBlank(OrderVariables.ORDER_RETURN_COMMENT)
                ? List.of("Укажите, что исправить в приказе.")
                : List.of();
    }
}
