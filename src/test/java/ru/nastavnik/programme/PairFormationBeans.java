package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.orders.OrderSigningBeans;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.pair.PairStandIns;
import ru.nastavnik.pair.PairVariables;
import ru.nastavnik.support.ProcessBeans;

/**
 * The beans of processes/pair-formation.bpmn and the consent and order models it calls, for the in-memory process
 * tests: the curator's proposals are kept as pairs of that many months from the day given, the pairs whose people all
 * agreed are kept by consentedPairsDelegate.
 */
final class PairFormationBeans {

    private final List<Map<String, Object>> planned = new ArrayList<>();
    private final PairStandIns.Consents consents = new PairStandIns.Consents();
    private final LocalDate start;

    PairFormationBeans(LocalDate start) {
        this.start = start;
    }

    ProcessBeans addTo(ProcessBeans beans) {
        return OrderSigningBeans.addTo(beans)
                .recorded("joinProgrammeDelegate", "offerPairCandidatesListener", "approvePairsDelegate", "startPairsDelegate",
                        "offerConsentTextListener", "returnProposalDelegate", "checkStepPersonListener")
                .recorded("collectPairDelegate", this::plan)
                .recorded("registerPairsDelegate", execution -> {
                    execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(List.copyOf(planned)));
                    planned.clear();
                })
                .recorded("consentedPairsDelegate", this::keepConsented)
                .recorded("recordConsentDelegate", consents::record)
                .api("pairPeople", new PairStandIns.People())
                .api("consentStatus", consents);
    }

    /** The curator's answer on the form-pairs form: one mentor and one mentee. */
    static Map<String, Object> proposal(String mentor, String mentee, boolean another) {
        return Map.of("mentor", mentor, "mentees", List.of(mentee), "months", 9, "mentoringForm", "teacher-teacher",
                "addAnotherPair", another);
    }

    static Map<String, Object> consent(boolean agrees) {
        return Map.of("consentDecision", agrees ? "agree" : "refuse", "consentComment", "");
    }

    static List<String> pairIds(Object pairList) {
        return ((List<?>) pairList).stream().map(pair -> Pair.of(pair).pairId()).toList();
    }

    @SuppressWarnings("unchecked")
    private void plan(VariableScope proposal) {
        String mentor = (String) proposal.getVariable("mentor");
        planned.add(PairStandIns.pair("pair-" + mentor, mentor, (List<String>) proposal.getVariable("mentees"), start, start.plusMonths(9)));
    }

    private void keepConsented(VariableScope execution) {
        List<Object> consented = ((List<?>) execution.getVariable(PairVariables.PAIR_LIST)).stream()
                .filter(pair -> consents.allAgreed(Pair.of(pair))).map(pair -> (Object) pair).toList();
        execution.setVariable(PairVariables.PAIR_LIST, JsonVariables.object(consented));
        execution.setVariable(PairVariables.CONSENTED_PAIR_COUNT, consented.size());
    }
}
