package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.registry.MentorBank;

/**
 * Records the curator's pairs in the banks (all or nothing) and describes them for the order and the pair
 * processes: {@code pairs} (JSON, with names, for the order) and {@code pairList} (the collection the stage
 * starts one {@code MentoringPair} per element of).
 */
@Component("registerPairsDelegate")
class RegisterPairsDelegate implements JavaDelegate {

    private final MentorBank mentors;
    private final MenteeBank mentees;
    private final Clock clock;

    RegisterPairsDelegate(MentorBank mentors, MenteeBank mentees, Clock clock) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate start = LocalDate.now(clock);
        List<Map<String, Object>> described = new ArrayList<>();
        for (PlannedPair pair : PlannedPair.planned(new FormValues(execution))) {
            LocalDate end = start.plusMonths(pair.months());
            mentees.assignToPair(pair.mentorId(), pair.menteeIds(), pair.mentoringForm(), start, end);
            Mentor mentor = mentors.find(pair.mentorId()).orElseThrow();
            List<String> names = pair.menteeIds().stream().map(id -> mentees.find(id).map(Mentee::fullName).orElse(id)).toList();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("mentorId", mentor.id());
            item.put("mentorName", mentor.fullName());
            item.put("menteeIds", pair.menteeIds());
            item.put("menteeNames", names);
            item.put("months", pair.months());
            item.put("formCode", pair.mentoringForm());
            item.put("form", MentoringForm.titleOf(pair.mentoringForm()));
            item.put("startDate", start.toString());
            item.put("endDate", end.toString());
            described.add(item);
        }
        execution.setVariable(ProgrammeVariables.PAIRS, JsonVariables.of(described));
        execution.setVariable(ProgrammeVariables.PAIR_LIST, Variables.objectValue(described)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
