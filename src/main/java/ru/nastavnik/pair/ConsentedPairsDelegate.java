package ru.nastavnik.pair;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.school.InstanceSchool;

/**
 * After the consents of a forming round: only proposals where the mentor and every mentee agreed go on to the order
 * ({@code pairs}, JSON with names) and to work ({@code pairList}); {@code consentedPairCount} tells whether any did.
 */
@Component("consentedPairsDelegate")
class ConsentedPairsDelegate implements JavaDelegate {

    private final ConsentRecords consents;

    ConsentedPairsDelegate(ConsentRecords consents) {
        this.consents = consents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String schoolId = InstanceSchool.of(execution);
        List<Pair> consented = proposals(execution).stream().filter(pair -> consents.allAgreed(schoolId, pair)).toList();
        List<Map<String, Object>> described = consented.stream().map(Pair::toMap).toList();
        execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(described));
        execution.setVariable(PairVariables.PAIRS, JsonVariables.of(described));
        execution.setVariable(PairVariables.CONSENTED_PAIR_COUNT, consented.size());
    }

    static List<Pair> proposals(DelegateExecution execution) {
        return execution.getVariable(PairVariables.PAIR_LIST) instanceof Collection<?> list
                ? list.stream().map(Pair::of).toList()
                : List.of();
    }
}
