package ru.nastavnik.identity;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
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
        } else if (((AuthorizationEntity) grant).getPermissions() == bits(permissions)) {
            return; // as it should be: no write, so nodes starting together on one database do not collide here
        }
        grant.setPermissions(permissions);
        authorizations.saveAuthorization(grant);
    }

    /**
     * Brings the grants the engine made for people before {@link SchoolAuthorizationsPlugin} down to what it grants now:
     * UPDATE on a task becomes TASK_WORK, ALL on one's own account becomes READ and UPDATE. Only grants that still carry
     * the old permission are read, a page at a time, so once done this is one query per kind.
     */
    void bringDownPersonalGrants() {
        forEachGrant(Resources.TASK, Permissions.UPDATE, task -> {
            if (!"*".equals(task.getResourceId())) {
                task.removePermission(Permissions.UPDATE);
                task.addPermission(TaskPermissions.TASK_WORK);
                return true;
            }
            return false;
        });
        forEachGrant(Resources.USER, Permissions.DELETE, own -> {
            if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
                ((AuthorizationEntity) own).setPermissions(SchoolAuthorizationsPlugin.OWN_ACCOUNT);
                return true;
            }
            return false;
        });
    }

    private void forEachGrant(Resource resource, Permission holding, Predicate<Authorization> change) {
        int skipped = 0;
        while (true) {
            List<Authorization> page = authorizations.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .resourceType(resource)
                    .hasPermission(holding)
                    .orderByResourceId().asc()
                    .listPage(skipped, 500);
            if (page.isEmpty()) {
                return;
            }
            for (Authorization grant : page) {
                if (change.test(grant)) {
                    try {
                        authorizations.saveAuthorization(grant);
                    } catch (OptimisticLockingException anotherNodeDidIt) {
                        skipped++; // two nodes starting together on one database: the other one brought it down
                    }
                } else {
                    skipped++; // stays as it is (the administrators' grant on every task): read past it
                }
            }
        }
    }

    private static int bits(Permission... permissions) {
        int bits = 0;
        for (Permission permission : permissions) {
            bits |= permission.getValue();
        }
        return bits;
    }
}
