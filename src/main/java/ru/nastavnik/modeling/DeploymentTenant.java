package ru.nastavnik.modeling;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.identity.Authentication;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;

/**
 * Whose processes a deployment changes: a deployment for a school (tenant id) overrides the shared models there and
 * is made by a methodologist of that school; a shared deployment changes every school of the installation and is made
 * by the administrator only. The engine itself checks neither (its deployment API lets anyone name any tenant).
 */
final class DeploymentTenant {

    static final String SHARED_BY_ADMINISTRATOR = "Общую для всех школ версию модели развёртывает только администратор "
            + "системы. Методист развёртывает версию для своей школы: укажите в Camunda Modeler идентификатор школы "
            + "(Tenant ID)";
    static final String NOT_YOUR_SCHOOL = "Развёртывать версию модели можно только для школы, где вы методист; "
            + "вы не методист школы «%s»";

    private DeploymentTenant() {
    }

    /** Why this person may not deploy for that tenant (null: shared), or empty; a deployment without a person is ours. */
    static Optional<String> problem(Authentication person, String tenantId) {
        if (person == null || person.getUserId() == null) {
            return Optional.empty();
        }
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (groups.contains(Role.ADMINISTRATOR.groupId())) {
            return Optional.empty();
        }
        if (tenantId == null) {
            return Optional.of(SHARED_BY_ADMINISTRATOR + (schoolsOf(groups).isEmpty() ? "." : ", например " + schoolsOf(groups).get(0) + "."));
        }
        if (!groups.contains(SchoolGroups.groupId(tenantId, Role.METHODOLOGIST))) {
            return Optional.of(NOT_YOUR_SCHOOL.formatted(tenantId) + ".");
        }
        return Optional.empty();
    }

    /** The schools where the person is a methodologist, from their groups ({@code s1-methodologist}). */
    private static List<String> schoolsOf(List<String> groups) {
        String suffix = SchoolGroups.groupId("", Role.METHODOLOGIST);
        return groups.stream().filter(group -> group.endsWith(suffix) && group.length() > suffix.length())
                .map(group -> group.substring(0, group.length() - suffix.length())).sorted().toList();
    }
}
