package ru.nastavnik.form;

import java.util.Optional;

/**
 * Remembers, for the request being served on this thread, the form rejection the engine is about to wrap
 * into its own exception, so the web layer can answer with the user's message instead of a server error.
 */
public final class FormRejections {

    private static final ThreadLocal<FormRejectedException> CURRENT = new ThreadLocal<>();

    private FormRejections() {
    }

    /** Remembers the rejection and returns it, to be thrown: {@code throw FormRejections.remember(...)}. */
    public static FormRejectedException remember(FormRejectedException rejection) {
        CURRENT.set(rejection);
        return rejection;
    }

    /** The rejection seen on this thread since the last call, if any; clears it. */
    public static Optional<FormRejectedException> take() {
        FormRejectedException rejection = CURRENT.get();
        CURRENT.remove();
        return Optional.ofNullable(rejection);
    }
}
