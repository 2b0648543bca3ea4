package ru.nastavnik.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own pages and APIs (orders, banks) are behind the same login as Tasklist: the Tasklist session when the
 * person comes from the browser, HTTP Basic for scripts. Anyone else is sent to the Tasklist login page
 * (a browser) or answered 401 (a script). The engine then checks its authorizations as that person.
 * Everything else is left alone, deliberately the questionnaire links (/q/…): their random token is the key, for
 * mentors and mentees who may have no login at all.
 */
@Component
class StaffSignInFilter extends OncePerRequestFilter {

    static final List<String> PROTECTED = List.of("/orders", "/registry", "/reports", "/pairs", "/dashboard", "/demo", "/api/migration");
    private static final String ENGINE = "default";

    private final IdentityService identity;

    StaffSignInFilter(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PROTECTED.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = fromTasklistSession(request).or(() -> fromBasicAuthentication(request));
        if (user.isEmpty()) {
            refuse(request, response);
            return;
        }
        request.setAttribute(CurrentUser.ATTRIBUTE, user.get());
        identity.setAuthentication(user.get().id(), user.get().groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Optional<CurrentUser> fromTasklistSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(ENGINE);
        if (authentication instanceof UserAuthentication user) {
            return Optional.of(new CurrentUser(user.getName(), List.copyOf(user.getGroupIds())));
        }
        return Optional.empty();
    }

    private Optional<CurrentUser> fromBasicAuthentication(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !identity.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Optional.of(new CurrentUser(userId, groups));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.sendRedirect(request.getContextPath() + "/camunda/app/tasklist/");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Nastavnik\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"message\":\"Войдите в систему: нужен логин и пароль сотрудника школы.\"}");
    }
}
