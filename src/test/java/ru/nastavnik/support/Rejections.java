package ru.nastavnik.support;

import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import ru.nastavnik.common.Refused;


/** The form rejection behind whatever the engine wrapped it in; fails when the call was accepted. */
public final class Rejections {

    private Rejections() {
    }

    public static Refused rejectionOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused rejection) {
                return rejection;
            }
        }
        throw new AssertionError("Expected the form to be rejected, but got: " + thrown, thrown);
    }
}
