package ru.nastavnik.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.Arrays;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * What the engine grants people by itself, cut down to what Tasklist needs:
 * <ul>
 * <li>on a task they are assigned to or candidates of: read it and work on it (claim, complete through its form),
 * {@code TASK_WORK}, not the engine's default {@code UPDATE}, which also lets them reassign and delegate the task, add
 * people and groups to it and set its variables;</li>
 * <li>on their own account: read it and change their password ({@code UPDATE}; the REST doors refuse a profile change
 * by anyone but the administrator), not the default {@code ALL}, which lets them delete it;</li>
 * <li>on a school's people and role groups: READ for the school's director and curator ({@link SchoolLeadGrants}).</li>
 * </ul>
 * Grants of running installations are brought down by {@link RoleSetup}.
 */
@Component
class SchoolAuthorizationsPlugin extends AbstractProcessEnginePlugin {

    static final String TASK_PERMISSION = TaskPermissions.TASK_WORK.getName();
    static final int OWN_ACCOUNT = READ.getValue() | UPDATE.getValue();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionNameForTask(TASK_PERMISSION);
        configuration.setResourceAuthorizationProvider(new SchoolAuthorizationProvider());
    }

    static final class SchoolAuthorizationProvider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newUser(User user) {
            AuthorizationEntity own = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            own.setUserId(user.getId());
            own.setResource(USER);
            own.setResourceId(user.getId());
            own.setPermissions(OWN_ACCOUNT);
            return new AuthorizationEntity[] {own};
        }

        @Override
        public AuthorizationEntity[] newGroup(Group group) {
            AuthorizationEntity[] members = super.newGroup(group);
            AuthorizationEntity[] leads = SchoolLeadGrants.onNewGroup(group.getId());
            return Stream.concat(Arrays.stream(members), Arrays.stream(leads)).toArray(AuthorizationEntity[]::new);
        }

        @Override
        public AuthorizationEntity[] groupMembershipCreated(String groupId, String userId) {
            return SchoolLeadGrants.onJoining(groupId, userId);
        }
    }
}
