package ru.nastavnik.programme;

import ru.nastavnik.common.RussianDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** The regulations are approved after the teachers' council has discussed them, and neither lies in the future. */
@Component
class RegulationsApprovalRule implements FormRule {

    private final Clock clock;

    RegulationsApprovalRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String formId() {
        return "approve-regulations";
    }

    @Override
    public List<String> check(FormValues values) {
        LocalDate today = LocalDate.now(clock);
        LocalDate council = values.date(ProgrammeVariables.COUNCIL_DATE).orElseThrow();
        LocalDate approval = values.date(ProgrammeVariables.REGULATIONS_APPROVAL_DATE).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (council.isAfter(today)) {
            problems.add("Дата педагогического совета не может быть позже сегодняшнего дня.");
        }
        if (approval.isAfter(today)) {
            problems.add("Дата утверждения положения не может быть позже сегодняшнего дня.");
        }
        if (approval.isBefore(council)) {
            problems.add("Положение утверждается не раньше педагогического совета (" + RussianDates.format(council) + ").");
        }
        return problems;
    }
}
