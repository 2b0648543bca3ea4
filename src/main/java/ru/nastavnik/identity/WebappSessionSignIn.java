package ru.nastavnik.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bridge from the Camunda web applications' login to Spring Security: whoever signed in through Tasklist's login
 * form is that person here too, with the groups and applications the web application found at login (the web
 * applications' own filter revalidates them every five minutes).
 * The context is never stored: a logout in Tasklist ends the person's access to our pages on the next request.
 * A request with HTTP Basic credentials is signed in by those alone, never by the cookie.
 */
final class WebappSessionSignIn extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
            Authentication authentication = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(ENGINE);
            if (authentication instanceof UserAuthentication user) {
                CurrentUser current = new CurrentUser(user.getName(), copy(user.getGroupIds()), copy(user.getTenantIds()));
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(SignedIn.token(current,
                        user.getAuthorizedApps() == null ? List.of() : List.copyOf(user.getAuthorizedApps())));
                SecurityContextHolder.setContext(context);
                requestContexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static List<String> copy(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }
}
