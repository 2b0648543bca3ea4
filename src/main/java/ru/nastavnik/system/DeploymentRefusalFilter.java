package ru.nastavnik.system;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine refuses a deployment by someone without the CREATE grant on deployments with 403 and an English
 * message; Camunda Modeler shows that message to the methodologist, so it is said in Russian instead.
 */
@Component
class DeploymentRefusalFilter extends OncePerRequestFilter {

    static final String NOT_ALLOWED = "Развёртывать процессы могут только методисты и администраторы системы "
            + "(группы methodologist и camunda-admin). Обратитесь к администратору.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEPLOYMENT = Pattern.compile("/engine-rest(?:/engine/[^/]+)?/deployment/create");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded path (the firewall has refused matrix parameters), with or without the named engine
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !DEPLOYMENT.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            if (buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                buffered.resetBuffer();
                buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
                buffered.setCharacterEncoding("UTF-8");
                JSON.writeValue(buffered.getOutputStream(), Map.of("type", "AuthorizationException", "message", NOT_ALLOWED));
            }
            buffered.copyBodyToResponse();
        }
    }
}
