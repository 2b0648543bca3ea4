package ru.nastavnik.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** The person the door let in is the engine's authenticated user for the request: the engine checks its authorizations as them. */
final class EngineAuthentication extends OncePerRequestFilter {

    private final IdentityService identity;

    EngineAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(user.id(), user.groupIds(), user.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
