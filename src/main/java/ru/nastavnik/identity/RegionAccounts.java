package ru.nastavnik.identity;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who the region's provider signed in, in our records: the one account whose e-mail is the token's verified
 * {@code email} (with {@code email_verified} false the e-mail is not taken). Nothing else of the token is believed: the
 * groups and schools are the account's memberships here, never the token's claims. An unknown e-mail creates nothing.
 * The refusals carry no e-mail (Spring Security logs their messages at debug).
 */
final class RegionAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_EMAIL = "nastavnik_no_verified_email";
    static final String UNKNOWN = "nastavnik_unknown_person";

    private final OidcUserService provider = new OidcUserService();
    private final IdentityService identity;

    RegionAccounts(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        String email = vouched.getEmail();
        Boolean verified = vouched.getEmailVerified();
        if (email == null || email.isBlank() || Boolean.FALSE.equals(verified)) {
            throw refusal(NO_EMAIL, "The provider's token has no verified e-mail");
        }
        String login = accountOf(email.strip());
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(login).list().stream()
                .map(group -> new SimpleGrantedAuthority(group.getId())).toList();
        return new RegionPerson(login, groups, vouched.getIdToken(), vouched.getUserInfo());
    }

    private String accountOf(String email) {
        List<User> accounts = identity.createUserQuery().userEmail(email).list();
        String lowerCase = email.toLowerCase(Locale.ROOT);
        if (accounts.isEmpty() && !lowerCase.equals(email)) {
            accounts = identity.createUserQuery().userEmail(lowerCase).list();
        }
        if (accounts.size() != 1) {
            throw refusal(UNKNOWN, accounts.isEmpty() ? "No account has the provider's e-mail" : "Several accounts have the provider's e-mail");
        }
        return accounts.get(0).getId();
    }

    private static OAuth2AuthenticationException refusal(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
