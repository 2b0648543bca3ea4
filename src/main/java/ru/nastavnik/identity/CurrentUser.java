package ru.nastavnik.identity;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** The signed-in person of a request to our own pages and APIs, put there by {@link StaffSignInFilter}. */
public record CurrentUser(String id, List<String> groupIds) {

    static final String ATTRIBUTE = CurrentUser.class.getName();

    public boolean hasAnyRole(Role... roles) {
        return Arrays.stream(roles).anyMatch(role -> groupIds.contains(role.groupId()));
    }

    public static CurrentUser of(HttpServletRequest request) {
        CurrentUser user = (CurrentUser) request.getAttribute(ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("No signed-in user: the path is not behind StaffSignInFilter");
        }
        return user;
    }
}
