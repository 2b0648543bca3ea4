package ru.nastavnik.registry;

import org.springframework.stereotype.Component;

/** The form «mentee-bank»: see {@link BankFormRule}. */
@Component
class MenteeBankRule extends BankFormRule {

    MenteeBankRule(MenteeBank bank) {
        super(BankVariables.MENTEE_ROWS,
                "Банк наставляемых пуст: загрузите файл на странице /registry или вставьте строки.",
                bank::checkPasted, bank::size);
    }

    @Override
    public String formId() {
        return BankVariables.MENTEE_BANK_FORM;
    }
}
