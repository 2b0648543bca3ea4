package ru.nastavnik.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the system, not as the person whose task started them: a curator completing a form that puts
 * mentees in the bank may not start processes, yet the system starts each mentee's 30-day watch. The person's
 * authentication is put back afterwards.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        Authentication person = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (person != null) {
                identity.setAuthentication(person);
            }
        }
    }

    public static void run(IdentityService identity, Runnable work) {
        call(identity, () -> {
            work.run();
            return null;
        });
    }
}
