package ru.nastavnik.programme;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.pair.PairOverview;

/**
 * Stage 5 ends when no pair of the school works any more: each completed with its final meeting and results, or ended
 * early by order. The form shows how many still work; this refuses while any does.
 */
@Component
class CloseStageFiveRule implements FormRule {

    private final PairOverview pairs;

    CloseStageFiveRule(PairOverview pairs) {
        this.pairs = pairs;
    }

    @Override
    public String formId() {
        return "close-pair-work";
    }

    @Override
    public List<String> check(FormValues values) {
        long working = pairs.running(values.schoolId(), values.text(OfferPairWorkStateListener.PROGRAMME_KEY).orElse(""));
        return working == 0 ? List.of() : List.of("Ещё работают пар: " + working + ". Пара завершается итоговой встречей и "
                + "итогами куратора или досрочно, приказом (страница «Наставнические пары»).");
    }
}
