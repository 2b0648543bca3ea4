package ru.nastavnik.identity;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person of a request to our own pages and APIs, as the door ({@link WebSecurity}) let them in. */
public record CurrentUser(String id, List<String> groupIds, List<String> tenantIds) {

    public CurrentUser(String id, List<String> groupIds) {
        this(id, groupIds, List.of());
    }

    public boolean hasAnyRole(Role... roles) {
        return Arrays.stream(roles).anyMatch(role -> groupIds.contains(role.groupId()));
    }

    public static CurrentUser of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            throw new IllegalStateException("No signed-in user: the path is not behind the sign-in rules of WebSecurity");
        }
        return user;
    }
}
