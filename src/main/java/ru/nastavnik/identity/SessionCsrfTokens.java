package ru.nastavnik.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The pages' CSRF token lives in the signed-in session (form field {@code _csrf}, header {@code X-CSRF-Token} for
 * scripts of our pages). A request without a session (HTTP Basic, a questionnaire link) never opens one for a token:
 * it needs none.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";

    private final HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();

    SessionCsrfTokens() {
        tokens.setParameterName(FIELD);
        tokens.setHeaderName(HEADER);
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return tokens.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            tokens.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return tokens.loadToken(request);
    }
}
