package ru.nastavnik.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against the engine's own users: {@link IdentityService#checkPassword} keeps the engine's login throttling
 * and lockout; the person's groups become the authorities.
 */
@Component
class EnginePasswords implements AuthenticationProvider {

    private final IdentityService identity;

    EnginePasswords(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String userId = login.getName();
        Object password = login.getCredentials();
        if (userId == null || userId.isEmpty() || !(password instanceof String text) || !identity.checkPassword(userId, text)) {
            throw new BadCredentialsException("wrong login or password");
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        return SignedIn.token(new CurrentUser(userId, groups, tenants), List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
