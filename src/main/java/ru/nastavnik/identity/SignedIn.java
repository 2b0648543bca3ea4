package ru.nastavnik.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A person let in by the door: their groups as authorities (as named in Camunda), and the web applications they may open. */
final class SignedIn {

    static final String APP = "app:";

    private SignedIn() {
    }

    static UsernamePasswordAuthenticationToken token(CurrentUser user, Collection<String> apps) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.groupIds().forEach(group -> authorities.add(new SimpleGrantedAuthority(group)));
        apps.forEach(app -> authorities.add(new SimpleGrantedAuthority(APP + app)));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
