package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.support.NastavnikTest;

/**
 * An installation running before issue 13 holds the engine's old grants: UPDATE on every task of its assignee and
 * candidates, ALL on one's own account. The next start brings them down, once; the administrators' grants stay.
 */
@NastavnikTest
class PersonalGrantsTest {

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RoleSetup roleSetup;

    @Test
    void theGrantsTheEngineMadeForPeopleBeforeAreBroughtDownAtStart() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Authorization task = grant("oldmentee" + run, null, Resources.TASK, "task-" + run, Permissions.READ, Permissions.UPDATE);
        Authorization group = grant(null, "mentee", Resources.TASK, "task-" + run, Permissions.READ, Permissions.UPDATE);
        Authorization account = grant("oldmentee" + run, null, Resources.USER, "oldmentee" + run, Permissions.ALL);

        roleSetup.run(null);
        roleSetup.run(null);

        for (Authorization before : new Authorization[] {task, group}) {
            Authorization after = byId(before.getId());
            assertThat(after.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(after.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(after.isPermissionGranted(Permissions.UPDATE)).isFalse();
        }
        Authorization own = byId(account.getId());
        assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(own.isPermissionGranted(Permissions.UPDATE)).as("a password of one's own").isTrue();
        assertThat(own.isPermissionGranted(Permissions.DELETE)).isFalse();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Role.ADMINISTRATOR.groupId()).resourceType(Resources.TASK)
                .resourceId("*").singleResult().isEveryPermissionGranted()).as("the administrators keep theirs").isTrue();
    }

    private Authorization grant(String user, String group, Resources resource, String id, org.camunda.bpm.engine.authorization.Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(id);
        grant.setPermissions(permissions);
        return authorizations.saveAuthorization(grant);
    }

    private Authorization byId(String id) {
        return authorizations.createAuthorizationQuery().authorizationId(id).singleResult();
    }
}
