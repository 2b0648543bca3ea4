package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.nastavnik.common.WorkProgress;

/**
 * The progress of a signed order on forming pairs, as {@code /pairs} shows it while thousands of pairs are approved and
 * started: one piece of work per round of forming, named by its order.
 */
public final class FormingProgress {

    private static final String ORDER_NUMBER = "formPairsOrderNumber";
    private static final String PREFIX = "forming-";

    private FormingProgress() {
    }

    public static String id(DelegateExecution execution) {
        return id(execution.getProcessInstanceId());
    }

    static String id(String processInstanceId) {
        return PREFIX + processInstanceId;
    }

    /** Whether {@code step} is a round of forming's work (and not, say, a bank file's). */
    static boolean isForming(WorkProgress.Step step) {
        return step.id().startsWith(PREFIX);
    }

    public static String title(DelegateExecution execution) {
        Object number = execution.getVariable(ORDER_NUMBER);
        return number == null ? "Приказ о формировании пар подписан" : "Приказ № " + number + " о формировании пар подписан";
    }

    /** Runs {@code work} as this round's piece of work. */
    public static void run(WorkProgress progress, DelegateExecution execution, Runnable work) {
        progress.track(id(execution), title(execution), () -> {
            work.run();
            return null;
        });
    }
}
