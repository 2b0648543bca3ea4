package ru.nastavnik.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign-in through the region's identity provider (OpenID Connect, docs/security.md «Вход через региональную учётную
 * запись»): on only with {@code nastavnik.oidc.enabled=true}. The provider tells who the person is (a verified e-mail);
 * their account, groups and schools are ours ({@link RegionAccounts}). Password sign-in stays as it is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RegionSignIn.ENABLED, havingValue = "true")
class RegionSignIn {

    static final String ENABLED = "nastavnik.oidc.enabled";
    static final String REGISTRATION = "region";
    static final String START = "/oauth2/authorization/" + REGISTRATION;
    static final String CALLBACK = "/login/oauth2/code/" + REGISTRATION;

    @Bean
    ClientRegistrationRepository regionRegistration(@Value("${nastavnik.oidc.issuer-uri}") String issuerUri,
                                                    @Value("${nastavnik.oidc.client-id}") String clientId,
                                                    @Value("${nastavnik.oidc.client-secret}") String clientSecret,
                                                    @Value("${nastavnik.public-url}") String publicUrl) {
        return new RegionRegistration(issuerUri, clientId, clientSecret, publicUrl.replaceAll("/+$", "") + CALLBACK);
    }

    @Bean
    Login regionLogin(ClientRegistrationRepository registration, ProcessEngine engine) {
        return new Login(registration, new RegionAccounts(engine.getIdentityService()), new RegionSessions(engine));
    }

    /** The provider's sign-in, added to the rule set of our pages ({@link WebSecurity#pages}). */
    record Login(ClientRegistrationRepository registration, RegionAccounts accounts, RegionSessions sessions) {

        void configure(HttpSecurity http) throws Exception {
            http.oauth2Login(login -> login
                    .clientRegistrationRepository(registration)
                    .loginPage(SignInPage.PATH)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                    .successHandler(sessions)
                    .failureHandler(sessions));
        }
    }
}
