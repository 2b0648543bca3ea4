package ru.nastavnik.identity;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/** The grants the engine made for people itself, on tasks and their own accounts, as {@link SchoolAuthorizationsPlugin} makes them now. */
final class PersonalGrants {

    private final AuthorizationService authorizations;
    private final TaskService tasks;

    PersonalGrants(AuthorizationService authorizations, TaskService tasks) {
        this.authorizations = authorizations;
        this.tasks = tasks;
    }

    /**
     * Brings the grants the engine made for people before {@link SchoolAuthorizationsPlugin} down to what it grants now:
     * UPDATE on a task becomes TASK_WORK while the person or group is still the task's assignee, owner or candidate, and
     * goes when they no longer are (the engine kept a grant after its link was removed); ALL on one's own account
     * becomes READ and UPDATE. Only grants that still carry the old permission are read, a page at a time, so once done
     * this is one query per kind.
     */
    void bringDown() {
        forEachGrant(Resources.TASK, Permissions.UPDATE, task -> {
            if ("*".equals(task.getResourceId())) {
                return false;
            }
            if (stillLinked(task)) {
                task.removePermission(Permissions.UPDATE);
                task.addPermission(TaskPermissions.TASK_WORK);
                authorizations.saveAuthorization(task);
            } else {
                authorizations.deleteAuthorization(task.getId());
            }
            return true;
        });
        forEachGrant(Resources.USER, Permissions.DELETE, own -> {
            if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
                ((AuthorizationEntity) own).setPermissions(SchoolAuthorizationsPlugin.OWN_ACCOUNT);
                authorizations.saveAuthorization(own);
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
                try {
                    if (!change.test(grant)) {
                        skipped++; // stays as it is (the administrators' grant on every task): read past it
                    }
                } catch (OptimisticLockingException | NullValueException anotherNodeDidIt) {
                    skipped++; // two nodes starting together on one database: the other one brought it down
                }
            }
        }
    }

    private boolean stillLinked(Authorization grant) {
        if (tasks.createTaskQuery().taskId(grant.getResourceId()).count() == 0) {
            return false;
        }
        return tasks.getIdentityLinksForTask(grant.getResourceId()).stream().anyMatch(link ->
                Objects.equals(link.getUserId(), grant.getUserId()) && Objects.equals(link.getGroupId(), grant.getGroupId()));
    }
}
