package ru.nastavnik.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whatever a change through either REST API is refused for, the person reads why in Russian: a refusal whose message
 * is still the engine's English (a value of the wrong type, a body that is not JSON, a missing process) gets a Russian
 * message by its status, the English kept as "detail" for the administrator; a server error gets no detail.
 * Reading requests are left alone (Tasklist and Cockpit handle those themselves).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RestRefusalFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(RestRefusalFilter.class);
    private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getMethod().equals("GET") || request.getMethod().equals("OPTIONS")
                || !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/engine/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } catch (ServletException | RuntimeException e) {
            log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            buffered.resetBuffer();
            buffered.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            int status = buffered.getStatus();
            if (status >= 400 && status != HttpServletResponse.SC_UNAUTHORIZED) {
                String english = englishMessage(buffered.getContentAsByteArray());
                if (english != null) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("type", "Refused");
                    answer.put("message", russian(status));
                    if (status < 500 && !english.isBlank()) {
                        answer.put("detail", english);
                    }
                    buffered.resetBuffer();
                    buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    buffered.setCharacterEncoding("UTF-8");
                    JSON.writeValue(buffered.getOutputStream(), answer);
                }
            }
            buffered.copyBodyToResponse();
        }
    }

    /** The refusal's message when it has no Russian in it; null when it is Russian already. */
    private static String englishMessage(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(body);
            String message = json.path("message").asText(json.path("detail").asText(""));
            return CYRILLIC.matcher(message).find() ? null : message;
        } catch (IOException notJson) {
            return "";
        }
    }

    static String russian(int status) {
        return switch (status) {
            case 400 -> "Запрос не принят: данные в неверном формате (значение не того типа, не JSON или не хватает "
                    + "обязательных частей). Ничего не сохранено. Заполните форму в списке задач.";
            case 403 -> "Недостаточно прав для этого действия. Ничего не изменено. Обратитесь к администратору.";
            case 404 -> "Не найдено: задача, процесс или запись уже не существует. Обновите страницу.";
            case 409 -> "Данные изменил другой пользователь. Обновите страницу и повторите.";
            case 413 -> "Запрос слишком большой.";
            case 415 -> "Запрос не принят: данные нужно отправлять в формате JSON.";
            default -> status >= 500
                    ? "Действие не выполнено из-за ошибки на сервере; данные не изменены. Повторите позже или сообщите администратору."
                    : "Запрос не принят. Ничего не изменено.";
        };
    }
}
