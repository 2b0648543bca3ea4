package ru.nastavnik.registry;

import org.springframework.stereotype.Component;

/** The form «mentor-bank»: see {@link BankFormRule}. */
@Component
class MentorBankRule extends BankFormRule {

    MentorBankRule(MentorBank bank) {
        super(BankVariables.MENTOR_ROWS,
                "Банк наставников пуст: загрузите файл на странице /registry или вставьте строки.",
                bank::checkPasted, bank::size);
    }

    @Override
    public String formId() {
        return BankVariables.MENTOR_BANK_FORM;
    }
}
