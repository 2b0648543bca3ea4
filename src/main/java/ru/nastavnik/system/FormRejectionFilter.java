package ru.nastavnik.system;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import ru.nastavnik.form.FormRejectedException;
import ru.nastavnik.form.FormRejections;

/**
 * The engine wraps an exception thrown by a form check, and both REST APIs (ours at /engine-rest and Tasklist's
 * own at /camunda/api/engine) answer it with 500 and an English prefix. A rejected form is the user's mistake:
 * answer 400 with only the Russian message, which Tasklist shows as it is.
 */
@Component
class FormRejectionFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/engine/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FormRejections.take();
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            Optional<FormRejectedException> rejection = FormRejections.take();
            if (rejection.isPresent() && buffered.getStatus() >= 400) {
                buffered.resetBuffer();
                buffered.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
                buffered.setCharacterEncoding("UTF-8");
                JSON.writeValue(buffered.getOutputStream(), Map.of(
                        "type", "FormRejectedException",
                        "message", rejection.get().getMessage(),
                        "problems", rejection.get().problems()));
            }
            buffered.copyBodyToResponse();
        }
    }
}
