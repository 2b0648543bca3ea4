package ru.nastavnik.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

import ru.nastavnik.common.Refused;
import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/**
 * A bank task is done when the pasted rows (if any) import cleanly, the bank is not empty after it and the curator
 * has ticked «Банк сформирован». The rows are only checked here; saveBankRowsListener saves them.
 */
abstract class BankFormRule implements FormRule {

    private final String rowsKey;
    private final String emptyBank;
    private final BiFunction<String, String, ImportReport> dryRun;
    private final ToIntFunction<String> bankSize;

    /** {@code dryRun}: the school's bank and the pasted rows; {@code bankSize}: the size of the school's bank. */
    BankFormRule(String rowsKey, String emptyBank, BiFunction<String, String, ImportReport> dryRun,
                 ToIntFunction<String> bankSize) {
        this.rowsKey = rowsKey;
        this.emptyBank = emptyBank;
        this.dryRun = dryRun;
        this.bankSize = bankSize;
    }

    @Override
    public List<String> check(FormValues values) {
        List<String> problems = new ArrayList<>();
        int added = 0;
        String schoolId = values.schoolId();
        if (schoolId == null) {
            throw new IllegalStateException("The bank form " + formId() + " was submitted in an instance of no school");
        }
        if (values.text(rowsKey).isPresent()) {
            try {
                ImportReport report = dryRun.apply(schoolId, (String) values.raw(rowsKey));
                problems.addAll(report.problems());
                added = report.imported();
            } catch (Refused e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty() && bankSize.applyAsInt(schoolId) + added == 0) {
            problems.add(emptyBank);
        }
        if (!Boolean.TRUE.equals(values.raw(BankVariables.BANK_COMPLETE))) {
            problems.add("Отметьте «Банк сформирован», когда все участники внесены в банк.");
        }
        return problems;
    }
}
