package ru.nastavnik.common;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request refused, with the reason the person reads, in Russian; nothing was saved. Every feature refuses with it,
 * wherever it is thrown (a controller, a delegate, a form check, a deployment): the engine REST APIs, our pages and
 * the error page all answer it the same way ({@code {"type": "Refused", "message": …, "problems": […]}} or a page).
 * A user's mistake for the engine too (a {@link BadUserRequestException}): it logs no error for it.
 */
public class Refused extends BadUserRequestException {

    /** What kind of refusal, and the HTTP status it is answered with. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final List<String> problems;

    public Refused(Kind kind, String reason) {
        this(kind, "", List.of(reason));
    }

    public Refused(Kind kind, List<String> problems) {
        this(kind, "", problems);
    }

    /** The message is the lead followed by the problems, each a sentence. */
    public Refused(Kind kind, String lead, List<String> problems) {
        super(lead + String.join(" ", problems));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /** A form submission that breaks its rules. */
    public static Refused form(List<String> problems) {
        return new Refused(Kind.INVALID, "Форма не принята. ", problems);
    }

    public Kind kind() {
        return kind;
    }

    /** The problems one by one (a form's fields, a file's rows); the message says them all. */
    public List<String> problems() {
        return problems;
    }

    /** The refusal behind whatever wrapped it (the engine wraps what a listener or delegate throws), if there is one. */
    public static Optional<Refused> in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
