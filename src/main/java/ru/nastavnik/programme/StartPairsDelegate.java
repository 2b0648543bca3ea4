package ru.nastavnik.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.SchoolVersions;
import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.pair.FormingProgress;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.pair.PairVariables;
import ru.nastavnik.school.InstanceSchool;

/**
 * The order is signed and the pairs approved: one {@code MentoringPair} per pair starts, under the school's business key,
 * and lives on its own (the round of forming ends; stage 5 waits until the curator confirms the pairs' work is done).
 */
@Component("startPairsDelegate")
class StartPairsDelegate implements JavaDelegate {

    /** The start variable naming the school a started pair belongs to (school.SchoolTenantIdProvider). */
    static final String SCHOOL_ID = "schoolId";

    private final RuntimeService runtime;
    private final SchoolVersions versions;
    private final IdentityService identity;
    private final WorkProgress progress;

    StartPairsDelegate(RuntimeService runtime, SchoolVersions versions, IdentityService identity, WorkProgress progress) {
        this.runtime = runtime;
        this.versions = versions;
        this.identity = identity;
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariable(PairVariables.PAIR_LIST) instanceof Collection<?> pairs)) {
            return;
        }
        List<Pair> started = pairs.stream().map(Pair::of).toList();
        FormingProgress.run(progress, execution, () -> AsSystem.run(identity, () ->
                progress.forEach("Начинаем работу пар", started, pair -> start(execution, pair))));
    }

    private void start(DelegateExecution execution, Pair pair) {
        versions.start(PairVariables.PROCESS_KEY, execution.getProcessBusinessKey(), InstanceSchool.of(execution), Map.of(
                InstanceSchool.START_VARIABLE, InstanceSchool.of(execution),
                PairVariables.PAIR, JsonVariables.object(pair.toMap()),
                ProgrammeVariables.SCHOOL_NAME, execution.getVariable(ProgrammeVariables.SCHOOL_NAME),
                ProgrammeVariables.SCHOOL_YEAR, execution.getVariable(ProgrammeVariables.SCHOOL_YEAR),
                ProgrammeVariables.CURATOR, execution.getVariable(ProgrammeVariables.CURATOR)));
    }
}
