package ru.nastavnik.programme;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRejectedException;
import ru.nastavnik.form.FormRejections;
import ru.nastavnik.identity.AsSystem;

/**
 * A round of forming pairs belongs to the school's running programme: stage 5 calls it with the programme's variables;
 * when the curator starts one during the year (new young teachers), this takes the school, the year, the curator and
 * the regulations' date from the running programme, and its business key, so the order and the pairs are the school's.
 */
@Component("joinProgrammeListener")
class JoinProgrammeListener implements ExecutionListener {

    private static final List<String> SHARED = List.of(ProgrammeVariables.SCHOOL_NAME, ProgrammeVariables.SCHOOL_YEAR,
            ProgrammeVariables.CURATOR, ProgrammeVariables.START_DATE, ProgrammeVariables.REGULATIONS_APPROVAL_DATE);

    private final RuntimeService runtime;
    private final IdentityService identity;

    JoinProgrammeListener(@Lazy RuntimeService runtime, @Lazy IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(ProgrammeVariables.SCHOOL_NAME) != null) {
            return;
        }
        ProcessInstance programme = AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProgrammeVariables.PROCESS_KEY).active().orderByProcessInstanceId().asc().list()
                .stream().findFirst().orElse(null));
        if (programme == null) {
            throw FormRejections.remember(new FormRejectedException(List.of(
                    "Программа наставничества школы не запущена: пары формируются в её рамках. Сначала директор запускает программу.")));
        }
        AsSystem.run(identity, () -> SHARED.forEach(name -> {
            Object value = runtime.getVariable(programme.getId(), name);
            if (value != null) {
                execution.setVariable(name, value);
            }
        }));
        execution.setProcessBusinessKey(programme.getBusinessKey());
    }
}
