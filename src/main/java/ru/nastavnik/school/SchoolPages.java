package ru.nastavnik.school;

import static ru.nastavnik.common.Refused.Kind.FORBIDDEN;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;

/**
 * Which school a page of ours serves: one where the signed-in person holds one of the page's roles. The address may
 * name it ({@code ?school=s2}, for a person of several schools); otherwise the person's only such school, or the first
 * of them by id. Anything else is a 403 with the page's Russian reason: a school's records are never shown to another.
 */
public final class SchoolPages {

    public static final String PARAMETER = "school";

    private SchoolPages() {
    }

    /** The signed-in person and the school they are looking at. */
    public record Access(CurrentUser user, String schoolId) {

        public boolean hasRole(Role role) {
            return user.groupIds().contains(SchoolGroups.groupId(schoolId, role));
        }
    }

    public static Access require(HttpServletRequest request, String reason, Role... roles) {
        CurrentUser user = CurrentUser.of(request);
        List<String> schools = schoolsWithRole(user, roles);
        String named = request.getParameter(PARAMETER);
        if (named != null) {
            if (!schools.contains(named)) {
                throw new Refused(FORBIDDEN, reason);
            }
            return new Access(user, named);
        }
        if (schools.isEmpty()) {
            throw new Refused(FORBIDDEN, reason);
        }
        return new Access(user, schools.get(0));
    }

    /** The schools (by id) in which the person holds one of these roles. */
    public static List<String> schoolsWithRole(CurrentUser user, Role... roles) {
        return user.tenantIds().stream().sorted()
                .filter(school -> Arrays.stream(roles).anyMatch(role -> user.groupIds().contains(SchoolGroups.groupId(school, role))))
                .toList();
    }
}
