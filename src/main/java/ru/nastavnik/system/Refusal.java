package ru.nastavnik.system;

import org.springframework.http.HttpStatus;

/** A request our pages refuse, with the Russian reason the person reads (as JSON for scripts, as a page for browsers). */
public class Refusal extends RuntimeException {

    private final HttpStatus status;

    public Refusal(HttpStatus status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
