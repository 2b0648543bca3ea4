package ru.nastavnik.enginerest;

import static ru.nastavnik.common.Refused.Kind.FORBIDDEN;
import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.rest.sub.VariableResource;
import org.camunda.bpm.engine.rest.sub.identity.UserResource;
import org.camunda.bpm.engine.rest.sub.repository.ProcessDefinitionResource;
import org.camunda.bpm.engine.rest.sub.task.TaskAttachmentResource;
import org.camunda.bpm.engine.rest.sub.task.TaskCommentResource;
import org.camunda.bpm.engine.rest.sub.task.TaskResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

import ru.nastavnik.common.Refused;
import ru.nastavnik.form.FormFieldsOnly;
import ru.nastavnik.identity.SignedInPerson;

/**
 * The rules of both engine REST APIs (ours at /engine-rest and the web applications' at /camunda/api/engine, which
 * Tasklist uses), checked on the resource method the request reached: after Jersey has matched it, so the rule holds
 * whatever path form led there (/engine/default/…, matrix parameters, encoded letters).
 * <ul>
 * <li>a task is completed, and a process started, only with the fields of its deployed form (400);</li>
 * <li>a task's variables are not set directly, nor passed with a BPMN error or escalation; no comments or
 * attachments are written to a task; a task is claimed only for oneself (403);</li>
 * <li>a process starts at its start event, with its listeners (400);</li>
 * <li>only the administrator changes a person's name or e-mail address, or deletes an account (403).</li>
 * </ul>
 */
public class EngineRestDoors implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TASK_FORM_METHODS = Set.of("complete", "submit", "resolve");
    private static final Set<String> TASK_ESCAPE_METHODS = Set.of("handleBpmnError", "handleEscalation");
    private static final Set<String> START_METHODS = Set.of("startProcessInstance", "submitForm");

    @Context
    private ResourceInfo resource;
    @Context
    private UriInfo uri;
    @Context
    private ServletContext servletContext;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Method method = resource.getResourceMethod();
        List<Object> matched = uri.getMatchedResources();
        if (method == null || matched.isEmpty()) {
            return;
        }
        Object current = matched.get(0);
        Object parent = matched.size() > 1 ? matched.get(1) : null;
        String name = method.getName();
        boolean writes = !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.OPTIONS.equals(request.getMethod())
                && !HttpMethod.HEAD.equals(request.getMethod());
        if (current instanceof TaskResource && TASK_FORM_METHODS.contains(name)) {
            String taskId = uri.getPathParameters().getFirst("id");
            refuse(INVALID, bean(FormFieldsOnly.class).refusalOfTaskForm(taskId, variableNames(body(request))));
        } else if (current instanceof TaskResource && TASK_ESCAPE_METHODS.contains(name)) {
            refuse(FORBIDDEN, Optional.of("Задача завершается только через её форму: откройте задачу в списке задач."));
        } else if (current instanceof TaskResource && name.equals("claim")) {
            String claimer = body(request).path("userId").asText(null);
            if (!bean(SignedInPerson.class).is(claimer)) {
                refuse(FORBIDDEN, Optional.of("Взять задачу можно только себе."));
            }
        } else if (current instanceof VariableResource && parent instanceof TaskResource && writes) {
            refuse(FORBIDDEN, Optional.of(FormFieldsOnly.TASK_VARIABLES_REFUSED));
        } else if ((current instanceof TaskCommentResource || current instanceof TaskAttachmentResource) && writes) {
            refuse(FORBIDDEN, Optional.of("К задачам не пишут комментарии и не прикладывают файлы: всё нужное "
                    + "программе записывается в форме задачи."));
        } else if (current instanceof ProcessDefinitionResource definition && START_METHODS.contains(name)) {
            JsonNode body = body(request);
            if (body.path("startInstructions").size() > 0 || body.path("skipCustomListeners").asBoolean(false)
                    || body.path("skipIoMappings").asBoolean(false)) {
                refuse(INVALID, Optional.of("Процесс запускается только с начала, через его форму."));
            } else {
                refuse(INVALID, bean(FormFieldsOnly.class)
                        .refusalOfStartForm(definition.getProcessDefinition().getId(), variableNames(body)));
            }
        } else if (current instanceof UserResource && Set.of("updateProfile", "deleteUser").contains(name)
                && !bean(SignedInPerson.class).isAdministrator()) {
            refuse(FORBIDDEN, Optional.of(name.equals("deleteUser")
                    ? "Учётную запись удаляет только администратор системы."
                    : "Имя и адрес эл. почты в учётной записи меняет только администратор системы: обратитесь к нему."));
        }
    }

    private <T> T bean(Class<T> type) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(type);
    }

    /** The JSON body, read once here and given again to the resource; a missing node when it is empty or not JSON. */
    private static JsonNode body(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return JSON.missingNode();
        }
        byte[] bytes = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(bytes));
        try {
            JsonNode json = JSON.readTree(bytes);
            return json == null ? JSON.missingNode() : json;
        } catch (IOException notJson) {
            return JSON.missingNode(); // the resource refuses a body it cannot read
        }
    }

    private static Set<String> variableNames(JsonNode body) {
        Set<String> names = new TreeSet<>();
        body.path("variables").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A refusal the engine REST refusals answer ({@link EngineRestRefusals}), like any other. */
    private static void refuse(Refused.Kind kind, Optional<String> message) {
        if (message.isPresent()) {
            throw new Refused(kind, message.get());
        }
    }
}
