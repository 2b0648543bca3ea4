package ru.nastavnik.registry;

import java.util.List;

/** A request the banks refuse as a whole (a broken file, a fourth mentee); nothing was saved. The message is Russian. */
public class BankRuleException extends RuntimeException {

    private final List<String> problems;

    public BankRuleException(String problem) {
        this(List.of(problem));
    }

    public BankRuleException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
