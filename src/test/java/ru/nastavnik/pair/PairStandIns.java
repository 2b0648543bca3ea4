package ru.nastavnik.pair;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Stand-ins for the pair's process API where the real beans read the banks and consent records: people's logins
 * ({@code pairPeople}) and the consents given on the consent form ({@code consentStatus}), for the in-memory process tests.
 */
public final class PairStandIns {

    private PairStandIns() {
    }

    /** A pair variable as the pair formation writes it. */
    public static Map<String, Object> pair(String pairId, String mentorId, List<String> menteeIds, LocalDate start, LocalDate end) {
        Map<String, Object> pair = new HashMap<>();
        pair.put("pairId", pairId);
        pair.put("mentorId", mentorId);
        pair.put("mentorName", "Наставник " + mentorId);
        pair.put("menteeIds", menteeIds);
        pair.put("menteeNames", menteeIds.stream().map(id -> "Наставляемый " + id).toList());
        pair.put("months", 9);
        pair.put("formCode", "teacher-teacher");
        pair.put("form", "педагог — педагог");
        pair.put("startDate", start.toString());
        pair.put("endDate", end.toString());
        return pair;
    }

    /** The login of a person of the bank: {@code login-<id>}. */
    public static String login(String personId) {
        return "login-" + personId;
    }

    /** {@code ${pairPeople.mentor(pair.mentorId)}}: each person has a linked account. */
    public static final class People {

        public String mentor(String mentorId) {
            return login(mentorId);
        }

        public String mentee(String menteeId) {
            return login(menteeId);
        }
    }

    /** {@code ${consentStatus...}}: what the people answered on the consent form (recorded by {@link #record}). */
    public static final class Consents {

        private final Map<String, Map<String, Boolean>> byPair = new ConcurrentHashMap<>();

        /** The part of recordConsentDelegate the flow depends on: the decision of the step's person. */
        public void record(VariableScope scope) {
            DelegateExecution step = (DelegateExecution) scope;
            Pair pair = Pair.of(step.getVariable(PairVariables.PAIR));
            String person = StepProperties.participant(step) == PersonKind.MENTOR ? pair.mentorId()
                    : (String) step.getVariable(PairVariables.MENTEE_ID);
            byPair.computeIfAbsent(pair.pairId(), id -> new ConcurrentHashMap<>())
                    .put(person, "agree".equals(step.getVariable("consentDecision")));
        }

        public boolean mentorAgreed(VariableScope proposal) {
            Pair pair = Pair.of(proposal.getVariable(PairVariables.PAIR));
            return Boolean.TRUE.equals(of(pair).get(pair.mentorId()));
        }

        public boolean menteesAgreed(VariableScope proposal) {
            Pair pair = Pair.of(proposal.getVariable(PairVariables.PAIR));
            return pair.menteeIds().stream().allMatch(mentee -> Boolean.TRUE.equals(of(pair).get(mentee)));
        }

        public boolean menteeRefused(VariableScope proposal) {
            Pair pair = Pair.of(proposal.getVariable(PairVariables.PAIR));
            return pair.menteeIds().stream().anyMatch(mentee -> Boolean.FALSE.equals(of(pair).get(mentee)));
        }

        public boolean allAgreed(Pair pair) {
            return Boolean.TRUE.equals(of(pair).get(pair.mentorId())) && pair.menteeIds().stream()
                    .allMatch(mentee -> Boolean.TRUE.equals(of(pair).get(mentee)));
        }

        private Map<String, Boolean> of(Pair pair) {
            return byPair.getOrDefault(pair.pairId(), Map.of());
        }
    }
}
