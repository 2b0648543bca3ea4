package ru.nastavnik.modeling;

/**
 * Which forms have domain rules checked on the server: a step using such a form must carry the form check listener,
 * or the rules are silently off ({@link ModelRules}).
 */
public interface FormsWithRules {

    boolean hasRules(String formId);
}
