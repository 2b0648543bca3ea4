package ru.nastavnik.enginerest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.DeploymentRestService;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.sub.task.TaskResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.support.WebApplicationContextUtils;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.web.DatabaseReachability;
import ru.nastavnik.web.StatusReasons;

/**
 * How both engine REST APIs (ours at /engine-rest and the web applications' at /camunda/api/engine, which Tasklist
 * uses) answer a failure, in the JSON Tasklist shows ({@code {"type": …, "message": …}}, Camunda's own shape). The
 * engine's own mappers stay underneath; these take their place (one per type they map, ahead by priority):
 * <ul>
 * <li>a {@link Refused}, whatever the engine wrapped it in: its status, its Russian message and problems;</li>
 * <li>a failure while the database does not answer: 503 with Retry-After;</li>
 * <li>two people completing one task at once: the loser gets 409, whether the engine saw the race
 * (OptimisticLockingException) or the task is gone already;</li>
 * <li>any other refusal of a change: the engine's status with a Russian message, its English kept as "detail" for the
 * administrator (none for a server error); reading requests keep the engine's answer (Tasklist and Cockpit handle
 * those themselves).</li>
 * </ul>
 */
abstract class EngineRestRefusals<T extends Throwable> implements ExceptionMapper<T> {

    static final String TASK_GONE = "Эта задача уже завершена (возможно, другим пользователем) или больше не открыта. "
            + "Обновите список задач: ваши данные по ней не сохранены.";
    static final String CHANGED_MEANWHILE = "Эту задачу в тот же момент завершил или изменил другой пользователь. "
            + "Обновите список задач: если задача ещё открыта, заполните форму ещё раз.";
    static final String OTHER_SCHOOL = "Эта задача или запись относится к другой школе: у вас нет к ней доступа. "
            + "Ничего не изменено.";
    static final String DEPLOYMENT_NOT_ALLOWED = "Развёртывать процессы могут только методисты и администраторы системы "
            + "(группы methodologist и camunda-admin). Обратитесь к администратору.";
    /** Every mapper, for registering them in both APIs. */
    static final Set<Class<?>> ALL = Set.of(OfAny.class, OfEngine.class, OfRest.class, OfJsonMapping.class, OfJsonParse.class);
    private static final Set<String> TASK_ACTIONS = Set.of("submit", "complete", "resolve", "claim", "unclaim", "setAssignee");
    private static final Set<String> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);

    private final ExceptionMapper<T> engines;

    @Context
    private ResourceInfo resource;
    @Context
    private UriInfo uri;
    @Context
    private Request request;
    @Context
    private ServletContext servletContext;

    EngineRestRefusals(ExceptionMapper<T> engines) {
        this.engines = engines;
    }

    @Override
    public Response toResponse(T thrown) {
        return Refused.in(thrown)
                .or(() -> otherSchool(thrown))
                .or(() -> outage(thrown))
                .or(() -> race(thrown))
                .or(() -> deploymentNotAllowed(thrown))
                .map(EngineRestRefusals::answer)
                .orElseGet(() -> enginesOwnInRussian(thrown));
    }

    /**
     * The engine's tenant check refused: the task, instance or variable is another school's. Its status is 500 for the
     * engine (a plain ProcessEngineException); for the person it is a refusal like any other missing right.
     */
    private static Optional<Refused> otherSchool(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException && cause.getMessage() != null
                    && cause.getMessage().contains("belongs to no authenticated tenant")) {
                log.info("Refused by the tenant check: {}", cause.getMessage());
                return Optional.of(new Refused(Refused.Kind.FORBIDDEN, OTHER_SCHOOL));
            }
        }
        return Optional.empty();
    }

    private Optional<Refused> outage(T thrown) {
        return engineStatus(thrown) < 500 ? Optional.empty()
                : bean(DatabaseReachability.class).refusalOf(thrown, request.getMethod(), uri.getPath());
    }

    private Optional<Refused> race(T thrown) {
        String taskId = taskAction();
        if (taskId == null) {
            return Optional.empty();
        }
        boolean changedMeanwhile = changedMeanwhile(thrown);
        if (!changedMeanwhile && taskOpen(taskId)) {
            return Optional.empty();
        }
        log.info("Task {}: {} refused, changed by someone else meanwhile", taskId, resource.getResourceMethod().getName());
        return Optional.of(new Refused(Refused.Kind.CONFLICT, changedMeanwhile ? CHANGED_MEANWHILE : TASK_GONE));
    }

    private Optional<Refused> deploymentNotAllowed(T thrown) {
        boolean deployment = resource.getResourceClass() != null && DeploymentRestService.class.isAssignableFrom(resource.getResourceClass());
        return deployment && engineStatus(thrown) == 403 ? Optional.of(new Refused(Refused.Kind.FORBIDDEN, DEPLOYMENT_NOT_ALLOWED))
                : Optional.empty();
    }

    /** The engine's own answer; for a change, with a Russian message by its status and the English as "detail". */
    private Response enginesOwnInRussian(T thrown) {
        Response own = engines.toResponse(thrown);
        if (READING.contains(request.getMethod())) {
            return own;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "Refused");
        body.put("message", StatusReasons.of(own.getStatus()));
        if (own.getStatus() < 500 && thrown.getMessage() != null) {
            body.put("detail", thrown.getMessage());
        }
        return json(own.getStatus(), body).build();
    }

    private static int engineStatus(Throwable thrown) {
        return thrown instanceof JsonProcessingException ? 400 : ExceptionHandlerHelper.getInstance().getStatus(thrown).getStatusCode();
    }

    private static Response answer(Refused refused) {
        Response.ResponseBuilder answer = json(refused.kind().status(),
                Map.of("type", "Refused", "message", refused.getMessage(), "problems", refused.problems()));
        if (refused.kind() == Refused.Kind.UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, DatabaseReachability.RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }

    private static Response.ResponseBuilder json(int status, Map<String, Object> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body);
    }

    private static boolean changedMeanwhile(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** The task a refused completion, claim or assignment was about; null for any other request. */
    private String taskAction() {
        if (resource.getResourceMethod() == null || uri.getMatchedResources().isEmpty()
                || !(uri.getMatchedResources().get(0) instanceof TaskResource)
                || !TASK_ACTIONS.contains(resource.getResourceMethod().getName())) {
            return null;
        }
        return uri.getPathParameters().getFirst("id");
    }

    /**
     * The loser of a race may read the task before the winner's commit and its grants after it (they go with the
     * task): a missing task, or missing rights, then mean the same.
     */
    private boolean taskOpen(String taskId) {
        TaskService tasks = bean(TaskService.class);
        return AsSystem.call(bean(IdentityService.class), () -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    private <B> B bean(Class<B> type) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(type);
    }

    @Priority(Priorities.USER - 1)
    public static final class OfAny extends EngineRestRefusals<Throwable> implements ExceptionMapper<Throwable> {
        public OfAny() {
            super(new ExceptionHandler());
        }
    }

    @Priority(Priorities.USER - 1)
    public static final class OfEngine extends EngineRestRefusals<ProcessEngineException> implements ExceptionMapper<ProcessEngineException> {
        public OfEngine() {
            super(new ProcessEngineExceptionHandler());
        }
    }

    @Priority(Priorities.USER - 1)
    public static final class OfRest extends EngineRestRefusals<RestException> implements ExceptionMapper<RestException> {
        public OfRest() {
            super(new RestExceptionHandler());
        }
    }

    @Priority(Priorities.USER - 1)
    public static final class OfJsonMapping extends EngineRestRefusals<JsonMappingException> implements ExceptionMapper<JsonMappingException> {
        public OfJsonMapping() {
            super(new JsonMappingExceptionHandler());
        }
    }

    @Priority(Priorities.USER - 1)
    public static final class OfJsonParse extends EngineRestRefusals<JsonParseException> implements ExceptionMapper<JsonParseException> {
        public OfJsonParse() {
            super(new JsonParseExceptionHandler());
        }
    }
}
