package ru.nastavnik.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A request run with its answer held back, so that a filter can look at a failure (thrown or answered) and replace the
 * answer with one in Russian before anything reaches the client.
 */
record HeldAnswer(ContentCachingResponseWrapper response, Exception failure) {

    static HeldAnswer of(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
            return new HeldAnswer(held, null);
        } catch (ServletException | IOException | RuntimeException e) {
            return new HeldAnswer(held, e);
        }
    }

    /** Whether the chain threw, or answered with at least {@code status}. */
    boolean failed(int status) {
        return failure != null || response.getStatus() >= status;
    }

    /** Passes the chain's failure on, as it was, if there was one. */
    void rethrowFailure() throws ServletException, IOException {
        if (failure instanceof ServletException e) {
            throw e;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }
}
