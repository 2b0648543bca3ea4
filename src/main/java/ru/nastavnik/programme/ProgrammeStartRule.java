package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;

/** The programme runs within one school year, and starts inside it. */
@Component
class ProgrammeStartRule implements FormRule {

    @Override
    public String formId() {
        return "programme-start";
    }

    @Override
    public List<String> check(FormValues values) {
        Optional<SchoolYear> year = values.text(ProgrammeVariables.SCHOOL_YEAR).flatMap(SchoolYear::parse);
        if (year.isEmpty()) {
            return List.of("Учебный год должен состоять из двух соседних лет, например 2026/2027.");
        }
        LocalDate start = values.date(ProgrammeVariables.START_DATE).orElseThrow();
        if (start.isBefore(year.get().firstDay()) || start.isAfter(year.get().lastStartDay())) {
            return List.of("Дата начала программы должна быть с " + Dates.format(year.get().firstDay())
                    + " по " + Dates.format(year.get().lastStartDay()) + ".");
        }
        return List.of();
    }
}
