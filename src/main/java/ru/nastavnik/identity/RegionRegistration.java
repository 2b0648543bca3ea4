package ru.nastavnik.identity;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The region's provider, read from its discovery document ({@code /.well-known/openid-configuration}) at the first
 * sign-in, not at start: the application starts (and password sign-in works) while the provider is away; a sign-in
 * attempt then gets the refusal page and the next one tries again.
 */
final class RegionRegistration implements ClientRegistrationRepository {

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private volatile ClientRegistration registration;

    RegionRegistration(String issuerUri, String clientId, String clientSecret, String redirectUri) {
        if (issuerUri.isBlank() || clientId.isBlank()) {
            throw new IllegalStateException("nastavnik.oidc.enabled is true: set OIDC_ISSUER_URI and OIDC_CLIENT_ID (and OIDC_CLIENT_SECRET)");
        }
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!RegionSignIn.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(issuerUri)
                    .registrationId(RegionSignIn.REGISTRATION)
                    .clientName("Региональная учётная запись")
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .scope("openid", "email")
                    .redirectUri(redirectUri)
                    .build();
            registration = known;
        }
        return known;
    }
}
