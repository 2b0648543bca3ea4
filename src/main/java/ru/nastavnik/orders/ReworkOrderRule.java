package ru.nastavnik.orders;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/**
 * A returned draft is reworked (saying what changed) or, for an order ending a pair early only, withdrawn: the pair then
 * goes on. Other orders cannot be withdrawn, since the programme cannot go on without them.
 */
@Component
class ReworkOrderRule implements FormRule {

    @Override
    public String formId() {
        return "rework-order";
    }

    @Override
    public List<String> check(FormValues values) {
        if ("withdraw".equals(values.text("orderReworkDecision").orElse(""))) {
            return OrderKind.TERMINATE_PAIR.name().equals(values.text(OrderVariables.ORDER_KIND).orElse(""))
                    ? List.of()
                    : List.of("Отозвать можно только проект приказа о досрочном прекращении наставничества: без остальных приказов программа не продолжится.");
        }
        return values.isBlank("orderRework") ? List.of("Опишите, что исправлено в проекте приказа.") : List.of();
    }
}
