package ru.nastavnik.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.MIGRATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and their authorizations at every start, idempotently: each grant is set to exactly the
 * permissions below, once per group and resource.
 * Tasks are not granted per group here: the engine grants each task to its assignee and candidate groups,
 * so a mentor sees only the tasks assigned to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RoleSetup implements ApplicationRunner {

    static final String ANY = "*";
    /** The processes people start: the programme, a round of forming pairs during the year, an on-demand monitoring round. */
    static final String PROGRAMME_PROCESS = "MentoringProgramme";
    static final String PAIR_FORMATION_PROCESS = "PairFormation";
    static final String MONITORING_PROCESS = "MonitoringRound";

    private final IdentityService identity;
    private final Grants grants;
    private final PersonalGrants personalGrants;

    RoleSetup(IdentityService identity, AuthorizationService authorizations, TaskService tasks) {
        this.identity = identity;
        this.grants = new Grants(authorizations);
        this.personalGrants = new PersonalGrants(authorizations, tasks);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            createGroup(role);
        }
        // the district's and the region's administrators sign in where everyone does (Tasklist's login, the same
        // session for our pages /district and /region)
        for (Role staff : new Role[] {Role.DIRECTOR, Role.CURATOR, Role.MENTOR, Role.MENTEE, Role.METHODOLOGIST,
                Role.DISTRICT_ADMINISTRATOR, Role.REGION_ADMINISTRATOR}) {
            grants.grant(staff, APPLICATION, "tasklist", ACCESS);
        }
        // mentors and mentees see only the tasks assigned to them (the engine grants those); reading definitions
        // lets Tasklist load the task's form
        grants.grant(Role.MENTOR, PROCESS_DEFINITION, ANY, READ);
        grants.grant(Role.MENTEE, PROCESS_DEFINITION, ANY, READ);
        for (Role lead : new Role[] {Role.DIRECTOR, Role.CURATOR}) {
            // the director and the curator run the whole programme: they read every instance's variables,
            // and start the programme, rounds of forming pairs and on-demand monitoring rounds (orders, consents and
            // pairs are started by those, scheduled rounds by the schedule's timer)
            grants.grant(lead, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE);
            grants.grant(lead, PROCESS_DEFINITION, PROGRAMME_PROCESS, READ, READ_INSTANCE, CREATE_INSTANCE);
            grants.grant(lead, PROCESS_DEFINITION, PAIR_FORMATION_PROCESS, READ, READ_INSTANCE, CREATE_INSTANCE);
            grants.grant(lead, PROCESS_DEFINITION, MONITORING_PROCESS, READ, READ_INSTANCE, CREATE_INSTANCE);
            grants.grant(lead, PROCESS_INSTANCE, ANY, CREATE);
        }
        // they read their school's people and groups only (SchoolLeadGrants), no longer everyone's
        replaceReadsOfEveryone();
        grants.grant(Role.METHODOLOGIST, APPLICATION, "cockpit", ACCESS);
        grants.grant(Role.METHODOLOGIST, PROCESS_DEFINITION, ANY, READ, READ_HISTORY, READ_INSTANCE, MIGRATE_INSTANCE);
        grants.grant(Role.METHODOLOGIST, BATCH, ANY, READ, CREATE);
        // the methodologist owns the diagrams: deploys them (Camunda Modeler) and moves running instances to a new version
        grants.grant(Role.METHODOLOGIST, DEPLOYMENT, ANY, READ, CREATE);
        personalGrants.bringDown();
    }

    /**
     * An installation of an earlier release let every director and curator read every user and group (USER and GROUP,
     * {@code *}), whatever their school. Once, on its first start with this release: each school's role group and each
     * of its members is granted to that school's director and curator, as a new one would be, and the grants to
     * everyone's go (last, so that a start stopped half-way does it again).
     */
    private void replaceReadsOfEveryone() {
        boolean earlierRelease = SchoolLeadGrants.LEADS.stream()
                .anyMatch(lead -> grants.has(lead, USER, ANY) || grants.has(lead, GROUP, ANY));
        if (!earlierRelease) {
            return;
        }
        for (Group group : identity.createGroupQuery().list()) {
            for (String lead : SchoolLeadGrants.leadsOfSchoolOf(group.getId())) {
                grants.grant(lead, GROUP, group.getId(), READ);
                for (User member : identity.createUserQuery().memberOfGroup(group.getId()).list()) {
                    grants.grant(lead, USER, member.getId(), READ);
                }
            }
        }
        for (Role lead : SchoolLeadGrants.LEADS) {
            grants.revoke(lead, USER, ANY);
            grants.revoke(lead, GROUP, ANY);
        }
    }

    private void createGroup(Role role) {
        Group group = identity.createGroupQuery().groupId(role.groupId()).singleResult();
        if (group == null) {
            group = identity.newGroup(role.groupId());
            group.setType("WORKFLOW");
        } else if (role.title().equals(group.getName())) {
            return; // as it should be: no write, so nodes starting together on one database do not collide here
        }
        group.setName(role.title());
        identity.saveGroup(group);
    }
}
