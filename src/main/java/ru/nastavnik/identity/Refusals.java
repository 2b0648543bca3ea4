package ru.nastavnik.identity;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Every refusal of the door, in Russian: a browser asking for a page without a login goes to the login page (at the
 * public address, never one built from the request's Host); everyone else gets a JSON {@code {"message": …}}.
 */
@Component
class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    static final String SIGN_IN = "Войдите в систему: нужен логин и пароль сотрудника школы.";
    static final String STALE_FORM = "Форма устарела или отправлена с другого сайта: обновите страницу и повторите. Ничего не изменено.";
    static final String CROSS_SITE = "Запрос отправлен со страницы другого сайта и отклонён. Ничего не изменено.";
    static final String NO_RIGHTS = "Недостаточно прав: эта часть системы доступна другим ролям. Обратитесь к администратору.";
    static final String BAD_ADDRESS = "Адрес запроса не принят: в нём недопустимые символы (точка с запятой, закодированная косая черта, "
            + "«..» и подобные). Откройте страницу по ссылке из системы.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private final String loginPage;

    Refusals(@Value("${nastavnik.public-url}") String publicUrl, @Value("${" + RegionSignIn.ENABLED + ":false}") boolean region) {
        // with the region's provider on, the page offering both ways in; otherwise Tasklist's login form
        this.loginPage = publicUrl.replaceAll("/+$", "") + (region ? SignInPage.PATH : SignInPage.TASKLIST);
    }

    /** No login: a browser taking HTML goes to the login page; a wrong Basic login or a script gets 401 with the Basic challenge. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason) throws IOException {
        log.debug("{} {} needs a login", request.getMethod(), request.getRequestURI());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            response.sendRedirect(loginPage);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Nastavnik\", charset=\"UTF-8\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, SIGN_IN);
    }

    /** The REST API's answer to no login: always 401, never a login page (Camunda Modeler and scripts read the status). */
    AuthenticationEntryPoint scripts() {
        return (request, response, reason) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Nastavnik\", charset=\"UTF-8\"");
            write(request, response, HttpServletResponse.SC_UNAUTHORIZED, SIGN_IN);
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        log.debug("{} {} refused: {}", request.getMethod(), request.getRequestURI(), denied.getClass().getSimpleName());
        write(request, response, HttpServletResponse.SC_FORBIDDEN, denied instanceof CsrfException ? STALE_FORM : NO_RIGHTS);
    }

    /** Spring Security's firewall: a path that is not in normal form (;x=1, %2F, //, ..) is refused, never matched around. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        log.warn("{} refused by the firewall: {}", request.getMethod(), rejected.getMessage());
        write(request, response, HttpServletResponse.SC_BAD_REQUEST, BAD_ADDRESS);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (asksForPage(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>Отказано</title></head>"
                    + "<body><h1>Отказано</h1><p>" + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"/\">На главную</a></p></body></html>");
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        JSON.writeValue(response.getWriter(), Map.of("message", message));
    }

    /** The refusal as a page when the client takes HTML and not JSON (a browser); JSON for scripts and the web applications. */
    static boolean asksForPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
    }
}
