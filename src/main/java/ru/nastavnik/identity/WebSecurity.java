package ru.nastavnik.identity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * One door for every request (docs/security.md, «Одна дверь»): Spring Security's firewall refuses paths that are not
 * in normal form, and three rule sets, matched on the normalised path, decide who gets in.
 * <ul>
 * <li>/engine-rest: HTTP Basic against the engine's users, nothing remembered between calls;</li>
 * <li>/camunda: the web applications keep their own login, session and CSRF token; the door reads that login and
 *     keeps Cockpit's and Admin's plugin APIs to the people those applications are granted to;</li>
 * <li>everything else, our pages: the web applications' login (the same session) or HTTP Basic, Spring Security's
 *     CSRF token for a browser's change, security headers; the questionnaire and invitation links, health and the root are open;
 *     with {@code nastavnik.oidc.enabled} also the region's identity provider ({@link RegionSignIn}).</li>
 * </ul>
 * The engine checks its authorizations as the person let in ({@link EngineAuthentication}).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String COCKPIT = SignedIn.APP + "cockpit";
    static final String ADMIN = SignedIn.APP + "admin";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Inline styles stay (every page has its own); scripts only from our own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * Every pattern below is matched on the whole path within the application, decoded and normalised, whichever servlet
     * answers it (Spring MVC, the REST API, the web applications): /%64emo is /demo.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean normalisedPaths() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, Refusals refusals, IdentityService identity) throws Exception {
        http.securityMatcher("/engine-rest/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals.scripts()))
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CrossSiteRequests(), BasicAuthenticationFilter.class);
        common(http, refusals, identity).exceptionHandling(refused -> refused.authenticationEntryPoint(refusals.scripts()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webapps(HttpSecurity http, Refusals refusals) throws Exception {
        http.securityMatcher("/camunda/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(HttpMethod.GET, "/camunda/api/*/plugin/*/static/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/camunda/api/admin/plugin/license/*/check-key").permitAll()
                        .requestMatchers("/camunda/api/cockpit/plugin/**").hasAuthority(COCKPIT)
                        .requestMatchers("/camunda/api/admin/plugin/**").hasAuthority(ADMIN)
                        // the first administrator is created at start-up (camunda.bpm.admin-user); nobody sets one up later
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        // the rest: the web applications' own rules (securityFilterRules.json in Camunda's webjar)
                        .anyRequest().permitAll())
                // the web applications' own CSRF filter (X-XSRF-TOKEN) and security headers
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .addFilterBefore(new WebappSessionSignIn(), AnonymousAuthenticationFilter.class);
        common(http, refusals, null).exceptionHandling(refused -> refused.authenticationEntryPoint(refusals.scripts()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, Refusals refusals, IdentityService identity,
                              @Value("${nastavnik.security.hsts:false}") boolean hsts,
                              ObjectProvider<RegionSignIn.Login> regionSignIn) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/", "/error", "/favicon.ico", "/scripts/**", "/q/**", "/account/password/**", "/account/letter",
                                SignInPage.PATH, SignInPage.REFUSED,
                                "/actuator/health", "/actuator/health/**").permitAll()
                        // static files of Camunda's webjar outside /camunda, which Tasklist loads before the login
                        .requestMatchers(HttpMethod.GET, "/camunda-welcome", "/camunda-welcome/**", "/plugin/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionCsrfTokens())
                        .requireCsrfProtectionMatcher(WebSecurity::changeBySession)
                        // a questionnaire link has no session: its page carries a one-time nonce of its own; an
                        // invitation link's token is the key, and CrossSiteRequests keeps other sites' posts out
                        .ignoringRequestMatchers("/q/**", "/account/password/**", "/account/letter"))
                .headers(headers -> {
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
                    if (hsts) {
                        // behind the TLS proxy the application itself may see plain HTTP: the header is sent all the same
                        headers.httpStrictTransportSecurity(sts -> sts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(31_536_000).includeSubDomains(false));
                    }
                })
                .addFilterBefore(new WebappSessionSignIn(), BasicAuthenticationFilter.class)
                .addFilterBefore(new CrossSiteRequests(), CsrfFilter.class);
        RegionSignIn.Login region = regionSignIn.getIfAvailable();
        if (region != null) {
            region.configure(http);
        }
        return common(http, refusals, identity).build();
    }

    /**
     * Nothing is kept between requests by the door itself (no session of its own, no session id changed): the web
     * applications' session is read on each request, HTTP Basic is checked on each call.
     */
    private static HttpSecurity common(HttpSecurity http, Refusals refusals, IdentityService identity) throws Exception {
        http.sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        if (identity != null) {
            http.addFilterAfter(new EngineAuthentication(identity), AuthorizationFilter.class);
        }
        return http;
    }

    /**
     * A browser's change in a session needs the page's token; HTTP Basic sends its password with every call instead,
     * and a request without a session is nobody's (it is refused as anonymous).
     */
    static boolean changeBySession(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getSession(false) == null) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
