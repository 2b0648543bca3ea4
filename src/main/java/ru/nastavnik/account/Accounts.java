package ru.nastavnik.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.modeling.SchoolVersions;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.identity.Role;

/**
 * A login for each person when first needed, nobody typing it into Admin: {@link #ensure} makes the account (login = the
 * e-mail address, no password) and puts it in the role's groups, the global one for the permissions and the school's
 * {@code <school id>-<role>}; a new account gets an invitation letter. The letter leaves after the caller's transaction,
 * from processes/account-invitation.bpmn (a retried job, an incident in Cockpit when the mail server stays down).
 * Every engine call runs as the system: the person who triggers it (a curator filling the bank) may not manage users.
 */
@Service
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final SchoolVersions versions;
    private final Invitations invitations;
    private final Clock clock;

    Accounts(IdentityService identity, RuntimeService runtime, SchoolVersions versions, Invitations invitations, Clock clock) {
        this.identity = identity;
        this.runtime = runtime;
        this.versions = versions;
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * The person's login, made if no account has their e-mail address, and a member of the role's groups in the school;
     * idempotent. Only a new account gets a letter.
     */
    @Transactional
    public String ensure(Person person, String schoolId, Role role) {
        return AsSystem.call(identity, () -> ensured(person, schoolId, role));
    }

    /**
     * The same for a role of no school (a district's or the region's administrator): the login in the role's global
     * group only, and a letter of no school for a new account.
     */
    @Transactional
    public String ensure(Person person, Role role) {
        return AsSystem.call(identity, () -> ensured(person, null, role));
    }

    /** The login that has this e-mail address, if there is one (the address as {@link Person} keeps it). */
    public Optional<String> existing(Person person) {
        return AsSystem.call(identity, () -> loginOf(person.email()));
    }

    private String ensured(Person person, String schoolId, Role role) {
        Optional<String> existing = loginOf(person.email());
        String login = existing.orElseGet(() -> create(person));
        join(login, role.groupId());
        if (schoolId != null) {
            join(login, readySchoolGroup(schoolId, role));
        }
        if (existing.isEmpty()) {
            invite(login, schoolId);
        }
        return login;
    }

    /**
     * A new letter asked for by the person (the expired-link page): only for an account made here whose password is not
     * set yet, at most one per pause. Says nothing of whether the address is known.
     */
    @Transactional
    public void askAgain(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        AsSystem.run(identity, () -> loginOf(email.strip().toLowerCase(Locale.ROOT)).ifPresent(login -> {
            List<Invitation> letters = invitations.ofUser(login);
            boolean invited = !letters.isEmpty();
            boolean passwordSet = letters.stream().anyMatch(letter -> letter.usedAt() != null);
            if (invited && !passwordSet && InvitationTerms.mayWriteAnother(letters, now())) {
                invite(login, letters.get(letters.size() - 1).schoolId());
            }
        }));
    }

    /**
     * A new letter for one of the school's people, asked for by its director or curator: true when one is on its way,
     * false when the person is not theirs (or a letter was made a moment ago).
     */
    @Transactional
    public boolean inviteAgain(String requester, String login) {
        return AsSystem.call(identity, () -> {
            Optional<String> school = commonSchool(requester, login);
            if (school.isEmpty() || !InvitationTerms.mayWriteAnother(invitations.ofUser(login), now())) {
                return false;
            }
            invite(login, school.get());
            return true;
        });
    }

    /** The per-school group of a role: {@code s1-curator}. */
    static String schoolGroup(String schoolId, Role role) {
        return role.inSchool(schoolId);
    }

    private Optional<String> loginOf(String email) {
        List<User> users = identity.createUserQuery().userEmail(email).list();
        return users.stream().map(User::getId).sorted().findFirst();
    }

    private String create(Person person) {
        User user = identity.newUser(person.email());
        user.setEmail(person.email());
        user.setLastName(person.lastName());
        user.setFirstName(person.firstName());
        identity.saveUser(user);
        log.info("Account created for an invitation");
        return user.getId();
    }

    private void join(String login, String groupId) {
        if (identity.createUserQuery().userId(login).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(login, groupId);
        }
    }

    /** The school's group of the role, made on first use, in the school's tenant when the tenant exists. */
    private String readySchoolGroup(String schoolId, Role role) {
        String groupId = schoolGroup(schoolId, role);
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(role.title() + " — " + schoolId);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        boolean tenantExists = identity.createTenantQuery().tenantId(schoolId).count() > 0;
        if (tenantExists && identity.createTenantQuery().tenantId(schoolId).groupMember(groupId).count() == 0) {
            identity.createTenantGroupMembership(schoolId, groupId);
        }
        return groupId;
    }

    /** A school where the requester is director or curator and the person holds a role. */
    private Optional<String> commonSchool(String requester, String login) {
        List<String> theirs = identity.createGroupQuery().groupMember(login).list().stream().map(Group::getId).toList();
        return identity.createGroupQuery().groupMember(requester).list().stream().map(Group::getId)
                .filter(id -> id.endsWith("-" + Role.DIRECTOR.groupId()) || id.endsWith("-" + Role.CURATOR.groupId()))
                .map(id -> id.substring(0, id.lastIndexOf('-')))
                .filter(school -> theirs.stream().anyMatch(group -> group.startsWith(school + "-")))
                .sorted().findFirst();
    }

    private void invite(String login, String schoolId) {
        String invitationId = invitations.add(login, schoolId, now());
        Map<String, Object> variables = new HashMap<>();
        variables.put(InvitationProcess.INVITATION_ID, invitationId);
        if (schoolId != null) {
            variables.put(InvitationProcess.SCHOOL_ID, schoolId);
        }
        versions.start(InvitationProcess.PROCESS_KEY, invitationId, schoolId, variables);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
