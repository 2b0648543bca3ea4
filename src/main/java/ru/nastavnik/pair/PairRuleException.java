package ru.nastavnik.pair;

import java.util.List;

/** A change of a pair that its rules refuse; nothing was saved. The message is Russian. */
public class PairRuleException extends RuntimeException {

    private final List<String> problems;

    PairRuleException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
