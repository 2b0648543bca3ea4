package ru.nastavnik.programme;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.AsSystem;

/**
 * «Присоединить к программе школы», right after the round starts: a round of forming pairs belongs to the school's running programme: stage 5 calls it with the programme's variables;
 * when the curator starts one during the year (new young teachers), this takes the school, the year, the curator and
 * the regulations' date from the running programme, and its business key, so the order and the pairs are the school's.
 */
@Component("joinProgrammeDelegate")
class JoinProgrammeDelegate implements JavaDelegate {

    private static final List<String> SHARED = List.of(ProgrammeVariables.SCHOOL_NAME, ProgrammeVariables.SCHOOL_YEAR,
            ProgrammeVariables.CURATOR, ProgrammeVariables.START_DATE, ProgrammeVariables.REGULATIONS_APPROVAL_DATE);

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final HistoryService history;

    JoinProgrammeDelegate(RuntimeService runtime, IdentityService identity, HistoryService history) {
        this.runtime = runtime;
        this.identity = identity;
        this.history = history;
    }

    /** The school's running programme; of several (a year ending while the next begins), the curator's newest. */
    private ProcessInstance programmeOf(String schoolId, String initiator) {
        HistoricProcessInstanceQuery school = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProgrammeVariables.PROCESS_KEY);
        List<HistoricProcessInstance> running = (schoolId == null ? school.withoutTenantId() : school.tenantIdIn(schoolId)).unfinished().orderByProcessInstanceStartTime().desc().list();
        return running.stream()
                .filter(candidate -> initiator == null || initiator.equals(runtime.getVariable(candidate.getId(), ProgrammeVariables.CURATOR)))
                .findFirst().or(() -> running.stream().findFirst())
                .map(found -> runtime.createProcessInstanceQuery().processInstanceId(found.getId()).singleResult())
                .orElse(null);
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(ProgrammeVariables.SCHOOL_NAME) != null) {
            return;
        }
        Authentication initiator = identity.getCurrentAuthentication();
        ProcessInstance programme = AsSystem.call(identity, () -> programmeOf(execution.getTenantId(), initiator == null ? null : initiator.getUserId()));
        if (programme == null) {
            throw Refused.form(List.of(
                    "Программа наставничества школы не запущена: пары формируются в её рамках. Сначала директор запускает программу."));
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
