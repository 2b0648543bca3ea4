package ru.nastavnik.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ru.nastavnik.identity.AsSystem;

/**
 * A person changes a process only through the fields of the form in front of them. Both REST APIs (/engine-rest, and
 * Tasklist's /camunda/api/engine) would accept any variable on completing a task or starting a process, and let the
 * task's assignee set variables directly: a mentee could rewrite the pair's term or post as the mentor. So a completion
 * or start carrying a variable its deployed form does not have is refused with a Russian 400, and setting a task's
 * variables directly is refused with 403, before the engine sees the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FormFieldsOnlyFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
    private static final Pattern TASK_SUBMIT = Pattern.compile(BASE + "/task/([^/]+)/(?:submit-form|complete|resolve)$");
    private static final Pattern TASK_VARIABLES = Pattern.compile(BASE + "/task/[^/]+/(?:variables|localVariables)(?:/.*)?$");
    private static final Pattern START = Pattern.compile(BASE + "/process-definition/(key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:submit-form|start)$");

    private final FormService forms;
    private final RepositoryService repository;
    private final IdentityService identity;

    FormFieldsOnlyFilter(@Lazy FormService forms, @Lazy RepositoryService repository, @Lazy IdentityService identity) {
        this.forms = forms;
        this.repository = repository;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/engine/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        String method = request.getMethod();
        if (TASK_VARIABLES.matcher(path).matches() && !method.equals("GET") && !method.equals("OPTIONS")) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "Данные задачи меняются только через её форму: откройте задачу в списке задач и завершите её.");
            return;
        }
        Matcher task = TASK_SUBMIT.matcher(path);
        Matcher start = START.matcher(path);
        boolean isTask = task.matches();
        if (!method.equals("POST") || !isTask && !start.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Set<String> posted = postedVariables(body);
        Set<String> allowed = isTask ? formFields(() -> forms.getDeployedTaskForm(task.group(1)))
                : formFields(() -> forms.getDeployedStartForm(definitionId(start)));
        if (allowed != null) {
            Set<String> unknown = new TreeSet<>(posted);
            unknown.removeAll(allowed);
            if (!unknown.isEmpty()) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Форма не принята. В форме этой задачи нет полей: "
                        + String.join(", ", unknown) + ". Заполните форму в списке задач.");
                return;
            }
        }
        chain.doFilter(new Replayed(request, body), response);
    }

    /** The form's field names; null when there is no deployed form to compare with (the engine then answers itself). */
    private Set<String> formFields(Supplier<InputStream> deployedForm) {
        return AsSystem.call(identity, () -> {
            try {
                return FormSchema.read(deployedForm.get()).variableNames();
            } catch (ProcessEngineException | IllegalStateException noForm) {
                return null;
            }
        });
    }

    private String definitionId(Matcher start) {
        if (start.group(2) == null) {
            return start.group(3);
        }
        var latest = repository.createProcessDefinitionQuery().processDefinitionKey(start.group(2)).latestVersion().singleResult();
        return latest == null ? start.group(2) : latest.getId();
    }

    private static Set<String> postedVariables(byte[] body) {
        Set<String> names = new TreeSet<>();
        if (body.length == 0) {
            return names;
        }
        try {
            JsonNode variables = JSON.readTree(body).path("variables");
            variables.fieldNames().forEachRemaining(names::add);
        } catch (IOException notJson) {
            // the engine refuses a body it cannot read
        }
        return names;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("type", "FormRejectedException", "message", message,
                "problems", List.of(message)));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The request with its body read once here and given again to the engine. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
