package ru.nastavnik.identity;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A change sent by a browser from another site's page is refused, whatever credentials the browser adds by itself
 * (a session cookie, or HTTP Basic it remembers): the browser says so in Sec-Fetch-Site or Origin. Scripts and
 * Camunda Modeler send neither header and pass.
 */
public final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // a questionnaire link's page checks its own origin and nonce, and answers with a page of its own
        return SAFE.contains(request.getMethod()) || request.getServletPath().startsWith("/q/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            Refusals.write(request, response, HttpServletResponse.SC_FORBIDDEN, Refusals.CROSS_SITE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The browser says the request comes from a page of ours (or was typed in); a request without those headers passes. */
    public static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin);
            return host != null && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
