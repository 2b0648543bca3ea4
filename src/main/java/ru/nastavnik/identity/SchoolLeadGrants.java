package ru.nastavnik.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * A school's director and curator read the school's people and groups, and nobody else's: Camunda's authorizations
 * know no school, so each person who joins a school role group ({@code s1-mentor}) is granted READ to the school's
 * director and curator groups ({@code s1-director}, {@code s1-curator}), and so is each school role group made. These
 * are what Tasklist shows as names of assignees and candidate groups, and what the programme's lists of people read.
 * Made by the engine itself ({@link SchoolAuthorizationsPlugin}) whichever way the membership comes: an account given
 * by the programme, the district's appointment, or Admin.
 */
final class SchoolLeadGrants {

    /** Who reads a school's people: its director and its curator. */
    static final List<Role> LEADS = List.of(Role.DIRECTOR, Role.CURATOR);

    private SchoolLeadGrants() {
    }

    /** For a person who joined a group: READ on them for the leads of the group's school, if it is a school's group. */
    static AuthorizationEntity[] onJoining(String groupId, String userId) {
        return readFor(groupId, USER, userId);
    }

    /**
     * For a new group: READ on it for the leads of its school, if it is a school's group (a lead group itself reads
     * itself already, as the members of every group do).
     */
    static AuthorizationEntity[] onNewGroup(String groupId) {
        return readFor(groupId, GROUP, groupId);
    }

    /** The lead groups of the school a group belongs to (none for a group of no school). */
    static List<String> leadsOfSchoolOf(String groupId) {
        return Role.schoolOf(groupId).map(school -> LEADS.stream().map(lead -> lead.inSchool(school)).toList())
                .orElse(List.of());
    }

    private static AuthorizationEntity[] readFor(String groupId, Resource resource, String resourceId) {
        List<AuthorizationEntity> grants = new ArrayList<>();
        for (String lead : leadsOfSchoolOf(groupId)) {
            if (resource == GROUP && lead.equals(resourceId)) {
                continue; // its members read it by the engine's own grant
            }
            AuthorizationEntity grant = Context.getCommandContext().getAuthorizationManager()
                    .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, lead, resource, resourceId);
            if (grant == null) {
                grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(lead);
                grant.setResource(resource);
                grant.setResourceId(resourceId);
            } else if (grant.isPermissionGranted(READ)) {
                continue; // a person in two of the school's roles: granted once
            }
            grant.addPermission(READ);
            grants.add(grant);
        }
        return grants.toArray(AuthorizationEntity[]::new);
    }
}
