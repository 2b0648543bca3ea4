package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;

/**
 * An installation from before the personal grants holds the engine's old grants: UPDATE on every task of its assignee and
 * candidates (kept after a link was removed), ALL on one's own account. The next start brings them down, once; the
 * administrators' grants stay.
 */
@NastavnikTest
class PersonalGrantsTest {

    @Autowired
    Schools schools;

    private static final ClassData DATA = ClassData.of(PersonalGrantsTest.class);

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    RoleSetup roleSetup;

    @Test
    void theGrantsTheEngineMadeForPeopleBeforeAreBroughtDownAtStart() {
        String mentee = TestPeople.ensure(identity, school(), "oldmentee" + DATA.owner(), Role.MENTEE, "Старова", "Ольга");
        Task task = tasks.newTask(DATA.key("old-task"));
        task.setAssignee(mentee);
        tasks.saveTask(task);
        try {
            Authorization assignee = authorizations.createAuthorizationQuery().userIdIn(mentee).resourceType(Resources.TASK)
                    .resourceId(task.getId()).singleResult();
            assignee.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
            authorizations.saveAuthorization(assignee); // as the engine granted it before
            Authorization sharedOnce = grant(null, "mentee", Resources.TASK, task.getId(), Permissions.READ, Permissions.UPDATE);
            Authorization orphan = grant(mentee, null, Resources.TASK, DATA.key("gone-task"), Permissions.READ, Permissions.UPDATE);
            Authorization account = authorizations.createAuthorizationQuery().userIdIn(mentee).resourceType(Resources.USER)
                    .resourceId(mentee).singleResult();
            assertThat(account.isPermissionGranted(Permissions.DELETE)).as("a new account: no DELETE").isFalse();
            account.setPermissions(new Permission[] {Permissions.ALL});
            authorizations.saveAuthorization(account);

            roleSetup.run(null);
            roleSetup.run(null);

            Authorization kept = byId(assignee.getId());
            assertThat(kept.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(kept.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(kept.isPermissionGranted(Permissions.UPDATE)).isFalse();
            assertThat(byId(sharedOnce.getId())).as("the group is no longer linked to the task").isNull();
            assertThat(byId(orphan.getId())).as("the task is gone").isNull();
            Authorization own = byId(account.getId());
            assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(own.isPermissionGranted(Permissions.UPDATE)).as("a password of one's own").isTrue();
            assertThat(own.isPermissionGranted(Permissions.DELETE)).isFalse();
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(Role.ADMINISTRATOR.groupId()).resourceType(Resources.TASK)
                    .resourceId("*").singleResult().isEveryPermissionGranted()).as("the administrators keep theirs").isTrue();
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }

    private Authorization grant(String user, String group, Resources resource, String id, Permission... permissions) {
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

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
