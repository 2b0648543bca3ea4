package ru.nastavnik.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person the region's provider vouched for, matched to our account {@link #login()}; the authorities are our groups. */
final class RegionPerson extends DefaultOidcUser {

    private final String login;

    RegionPerson(String login, Collection<? extends GrantedAuthority> groups, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(groups, idToken, userInfo);
        this.login = login;
    }

    String login() {
        return login;
    }

    @Override
    public String getName() {
        return login;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionPerson person && person.login.equals(login) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return login.hashCode();
    }
}
