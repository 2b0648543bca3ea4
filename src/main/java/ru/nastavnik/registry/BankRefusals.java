package ru.nastavnik.registry;

import ru.nastavnik.form.FormRejectedException;
import ru.nastavnik.form.FormRejections;

/**
 * A bank rule broken inside a person's step (signing the order, summing up a pair) reaches them as a form refusal: the
 * Russian message in Tasklist, nothing saved, and no engine error log quoting teachers' names.
 */
public final class BankRefusals {

    private BankRefusals() {
    }

    public static void asFormRejection(Runnable bankWork) {
        try {
            bankWork.run();
        } catch (BankRuleException refused) {
            throw FormRejections.remember(new FormRejectedException(refused.problems()));
        }
    }
}
