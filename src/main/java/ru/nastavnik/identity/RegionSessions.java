package ru.nastavnik.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After the region's provider: the person is signed in exactly as Tasklist's login form signs them in (Camunda's
 * {@code UserAuthenticationResource}): the web applications' authentication with the account's groups, tenants (their
 * schools) and applications, in a session with a new id. {@link WebappSessionSignIn} reads it for our pages and
 * {@link EngineAuthentication} hands it to the engine, as after a password. A refusal goes to the Russian refusal page.
 */
final class RegionSessions implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(RegionSessions.class);
    private static final String TASKLIST = "tasklist";

    private final ProcessEngine engine;

    RegionSessions(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException {
        if (!(signedIn.getPrincipal() instanceof RegionPerson person)) {
            refuse(response, SignInPage.FAILED);
            return;
        }
        engine.getIdentityService().clearAuthentication();
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, person.login());
        if (authentication == null || !authentication.getAuthorizedApps().contains(TASKLIST)) {
            log.info("Sign-in through the region's provider refused: the account may not open Tasklist");
            refuse(response, SignInPage.NO_TASKLIST);
            return;
        }
        authentication.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
        // a new session id, the web applications' authentication in it: as after Tasklist's login form
        AuthenticationUtil.revalidateSession(request, authentication);
        log.info("Signed in through the region's provider");
        response.sendRedirect(SignInPage.TASKLIST);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        String code = refused instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        String reason = switch (code) {
            case RegionAccounts.UNKNOWN -> SignInPage.UNKNOWN;
            case RegionAccounts.NO_EMAIL -> SignInPage.NO_EMAIL;
            default -> SignInPage.FAILED;
        };
        // the error code only: the provider's description may quote the person
        log.info("Sign-in through the region's provider refused: {}", code.isEmpty() ? refused.getClass().getSimpleName() : code);
        refuse(response, reason);
    }

    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        response.sendRedirect(SignInPage.REFUSED + "?reason=" + reason);
    }
}
