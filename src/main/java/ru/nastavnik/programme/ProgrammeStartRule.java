package ru.nastavnik.programme;

import ru.nastavnik.common.RussianDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/** The programme runs within one school year and starts inside it; deadlines set by hand lie after the start, in that year. */
@Component
class ProgrammeStartRule implements FormRule {

    private final ProgrammeStages stages;

    ProgrammeStartRule(ProgrammeStages stages) {
        this.stages = stages;
    }

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
            return List.of("Дата начала программы должна быть с " + RussianDates.format(year.get().firstDay())
                    + " по " + RussianDates.format(year.get().lastStartDay()) + ".");
        }
        List<String> problems = new ArrayList<>();
        LocalDate yearEnd = year.get().firstDay().plusYears(1).minusDays(1);
        for (Deadline deadline : List.of(Deadline.MENTEE_BANK, Deadline.MENTOR_BANK, Deadline.PAIRS_FORMED)) {
            values.date(ProgrammeCalendar.overrideField(deadline)).ifPresent(date -> {
                if (!date.isAfter(start) || date.isAfter(yearEnd)) {
                    problems.add("Срок «" + stages.title(deadline.name()) + "» должен быть позже даты начала и не позже "
                            + RussianDates.format(yearEnd) + ".");
                }
            });
        }
        return problems;
    }
}
