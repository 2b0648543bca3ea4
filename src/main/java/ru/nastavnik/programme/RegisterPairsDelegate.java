package ru.nastavnik.programme;

import ru.nastavnik.common.JsonVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.pair.PairVariables;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.school.InstanceSchool;

/**
 * Proposes the curator's pairs in the banks (all or nothing: the bank checks the pair rules again) and lists them in
 * {@code pairList}, the collection the stage asks consents for, one proposal per element.
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
        LocalDate today = LocalDate.now(clock);
        String schoolId = InstanceSchool.of(execution);
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (PlannedPair planned : PlannedPair.planned(new FormValues(execution))) {
            mentees.proposePair(schoolId, planned.mentorId(), planned.menteeIds(),
                    planned.mentoringForm(), today, today.plusMonths(planned.months()));
            Mentor mentor = mentors.find(schoolId, planned.mentorId()).orElseThrow();
            List<String> names = planned.menteeIds().stream()
                    .map(id -> mentees.find(schoolId, id).map(Mentee::fullName).orElse(id)).toList();
            proposals.add(new Pair(UUID.randomUUID().toString(), mentor.id(), mentor.fullName(), planned.menteeIds(), names,
                    planned.months(), planned.mentoringForm(), MentoringForm.titleOf(planned.mentoringForm()), null, null)
                    .toMap());
        }
        execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(proposals));
        execution.removeVariable(PlannedPair.PLANNED);
    }
}
