package ru.nastavnik.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import ru.nastavnik.identity.AsSystem;

/**
 * Two people complete the same task at once (a curator and a mentor, or one person in two browser tabs): the engine
 * lets one win and fails the other with an OptimisticLockingException, or, when the first has already committed, with
 * a missing task (the REST API then answers 500, or 404 in English). The loser gets 409 and a Russian message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class ConcurrentChangeFilter extends OncePerRequestFilter {

    static final String TASK_GONE = "Эта задача уже завершена (возможно, другим пользователем) или больше не открыта. "
            + "Обновите список задач: ваши данные по ней не сохранены.";
    static final String CHANGED_MEANWHILE = "Эту задачу в тот же момент завершил или изменил другой пользователь. "
            + "Обновите список задач: если задача ещё открыта, заполните форму ещё раз.";
    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TASK_ACTION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:submit-form|complete|resolve|claim|unclaim|assignee)$");

    private final TaskService tasks;
    private final IdentityService identity;
    private final DatabaseReachability database;

    ConcurrentChangeFilter(TaskService tasks, IdentityService identity, DatabaseReachability database) {
        this.tasks = tasks;
        this.identity = identity;
        this.database = database;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !TASK_ACTION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher task = TASK_ACTION.matcher(path(request));
        task.matches();
        HeldAnswer held = HeldAnswer.of(chain, request, response);
        ContentCachingResponseWrapper buffered = held.response();
        Exception failure = held.failure();
        String message = held.failed(400) ? conflict(task.group(1), failure, buffered) : null;
        if (message != null) {
            log.info("Task {}: {} refused, changed by someone else meanwhile", task.group(1), request.getMethod());
            buffered.resetBuffer();
            buffered.setStatus(HttpServletResponse.SC_CONFLICT);
            buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
            buffered.setCharacterEncoding("UTF-8");
            JSON.writeValue(buffered.getOutputStream(), Map.of("type", "ConcurrentChange", "message", message));
        } else if (failure != null) {
            buffered.copyBodyToResponse();
            held.rethrowFailure();
        }
        buffered.copyBodyToResponse();
    }

    private String conflict(String taskId, Exception failure, ContentCachingResponseWrapper response) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return CHANGED_MEANWHILE;
            }
        }
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        // submit-form wraps the engine's OptimisticLockingException (ENGINE-03005) into a RestException: only its text is left
        if (body.contains("OptimisticLockingException") || body.contains("ENGINE-03005")) {
            return CHANGED_MEANWHILE;
        }
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            return null;
        }
        // a 403 stands unless the task is gone: the loser of a race may read the task before the winner's commit and
        // its grants after it (they go with the task), which the engine reports as missing rights
        if ((failure != null || response.getStatus() >= 500) && database.unreachable()) {
            return null; // no use asking for the task: the database is down (DatabaseOutageFilter answers)
        }
        boolean open = AsSystem.call(identity, () -> tasks.createTaskQuery().taskId(taskId).count() > 0);
        return open ? null : TASK_GONE;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
