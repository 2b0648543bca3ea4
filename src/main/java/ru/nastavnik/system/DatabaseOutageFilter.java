package ru.nastavnik.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While the database is down (restarted, failed over), every request that needs it fails deep inside the engine and
 * would be answered 500 «ошибка на сервере», or in English by the REST APIs. Whatever fails while the database does
 * not answer is answered 503 with the Russian reason and Retry-After: nothing was saved, try again in a minute. The
 * same application answers as soon as the database is back: the pool replaces its broken connections by itself.
 * Inside RestRefusalFilter, so that it reads the engine's own answer; the health endpoint keeps its own (DOWN).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final String MESSAGE = "База данных временно недоступна, данные не сохранены. Повторите через минуту; "
            + "если не получится — сообщите администратору.";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LOST = List.of("Could not open JDBC Connection", "Connection is not available",
            "SQLTransientConnectionException", "An I/O error occurred while sending to the backend",
            "terminating connection due to administrator command", "the database system is");

    private final DatabaseReachability database;
    private final ITemplateEngine templates;

    DatabaseOutageFilter(DatabaseReachability database, ITemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/") || path.matches(".*\\.(js|css|map|png|svg|ico|woff2?|ttf|html|json)$");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HeldAnswer held = HeldAnswer.of(chain, request, response);
        ContentCachingResponseWrapper buffered = held.response();
        Exception failure = held.failure();
        if (held.failed(500) && (lostDatabase(failure, buffered) || database.unreachable())) {
            log.warn("{} {} refused: the database does not answer", request.getMethod(), request.getRequestURI());
            buffered.resetBuffer();
            buffered.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            buffered.setHeader(HttpHeaders.RETRY_AFTER, "60");
            buffered.setCharacterEncoding("UTF-8");
            if (wantsPage(request)) {
                buffered.setContentType(MediaType.TEXT_HTML_VALUE);
                String page = templates.process("refusal", new Context(Locale.forLanguageTag("ru"), Map.of("message", MESSAGE)));
                buffered.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
            } else {
                buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
                JSON.writeValue(buffered.getOutputStream(), Map.of("type", "DatabaseUnavailable", "message", MESSAGE));
            }
            buffered.copyBodyToResponse();
            return;
        }
        held.rethrowFailure(); // the container's error page answers it
        buffered.copyBodyToResponse();
    }

    /**
     * Whether the failure itself says the connection to the database was lost or never made: the server may be back
     * by the time the reachability is asked. The REST APIs leave only their text of the exception.
     */
    private static boolean lostDatabase(Throwable failure, ContentCachingResponseWrapper response) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        return LOST.stream().anyMatch(body::contains);
    }

    /** A browser opening one of our pages; the REST APIs and scripts get JSON. */
    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !StaffPages.wantsJson(request);
    }
}
