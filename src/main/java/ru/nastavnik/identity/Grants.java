package ru.nastavnik.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants a group permissions on a resource, adding to an existing grant instead of duplicating it. */
final class Grants {

    private final AuthorizationService authorizations;

    Grants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(role.groupId())
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(role.groupId());
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
