package ru.nastavnik.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Grants a group exactly these permissions on a resource, at every start: an existing grant is brought back to them,
 * so a permission taken away in a new version is taken away from running installations too.
 */
final class Grants {

    private final AuthorizationService authorizations;

    Grants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
        grant(role.groupId(), resource, resourceId, permissions);
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = find(groupId, resource, resourceId);
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        } else if (((AuthorizationEntity) grant).getPermissions() == bits(permissions)) {
            return; // as it should be: no write, so nodes starting together on one database do not collide here
        }
        grant.setPermissions(permissions);
        authorizations.saveAuthorization(grant);
    }

    boolean has(Role role, Resource resource, String resourceId) {
        return find(role.groupId(), resource, resourceId) != null;
    }

    /** Takes a grant away, if it is there; true when it was. */
    boolean revoke(Role role, Resource resource, String resourceId) {
        Authorization grant = find(role.groupId(), resource, resourceId);
        if (grant == null) {
            return false;
        }
        authorizations.deleteAuthorization(grant.getId());
        return true;
    }

    private Authorization find(String groupId, Resource resource, String resourceId) {
        return authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
    }

    private static int bits(Permission... permissions) {
        int bits = 0;
        for (Permission permission : permissions) {
            bits |= permission.getValue();
        }
        return bits;
    }
}
