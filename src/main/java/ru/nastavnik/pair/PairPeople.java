package ru.nastavnik.pair;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.InstanceSchool;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;

/**
 * Who signs in as a mentor or mentee of the banks: the login linked to the bank row, or else the only Camunda user of the
 * school's role group (s1-mentor) with the same e-mail address (then linked, once: later profile edits change nothing). Both addresses are
 * written by staff: the bank's by the curator, the account's by the administrator who creates it (people cannot change
 * their own name or address: {@code enginerest.EngineRestDoors}), so the account is the person's invitation. Without one,
 * the step is the curator's, who records a paper consent or feedback.
 * Bean {@code pairPeople}, used in the models' assignee expressions.
 */
@Component("pairPeople")
@ProcessApi
public class PairPeople {

    private final MentorBank mentors;
    private final MenteeBank mentees;
    private final IdentityService identity;

    PairPeople(MentorBank mentors, MenteeBank mentees, IdentityService identity) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.identity = identity;
    }

    /** The mentor's login, or null; the mentor of the school of the instance asking (an assignee expression). */
    public String mentor(String mentorId) {
        return mentor(InstanceSchool.current(), mentorId);
    }

    /** The mentee's login, or null; the mentee of the school of the instance asking (an assignee expression). */
    public String mentee(String menteeId) {
        return mentee(InstanceSchool.current(), menteeId);
    }

    String mentor(String schoolId, String mentorId) {
        return mentors.find(schoolId, mentorId).map(mentor -> Optional.ofNullable(mentor.userId())
                .or(() -> userWithEmail(schoolId, mentor.email(), Role.MENTOR).map(user -> {
                    mentors.linkUser(schoolId, mentorId, user);
                    return user;
                })).orElse(null)).orElse(null);
    }

    String mentee(String schoolId, String menteeId) {
        return mentees.find(schoolId, menteeId).map(mentee -> Optional.ofNullable(mentee.userId())
                .or(() -> userWithEmail(schoolId, mentee.email(), Role.MENTEE).map(user -> {
                    mentees.linkUser(schoolId, menteeId, user);
                    return user;
                })).orElse(null)).orElse(null);
    }

    /** The login the bank row of this person is linked to, if it is: never guessed here. */
    Optional<String> linkedLogin(String schoolId, PersonKind kind, String personId) {
        return kind == PersonKind.MENTOR ? mentors.find(schoolId, personId).map(mentor -> mentor.userId())
                : mentees.find(schoolId, personId).map(mentee -> mentee.userId());
    }

    /** The person's e-mail address for a reminder: from the bank, which the curator keeps up to date. */
    public Optional<String> mentorEmail(String schoolId, String mentorId) {
        return mentors.find(schoolId, mentorId).map(mentor -> mentor.email());
    }

    public Optional<String> menteeEmail(String schoolId, String menteeId) {
        return mentees.find(schoolId, menteeId).map(mentee -> mentee.email());
    }

    public Optional<User> user(String userId) {
        return userId == null ? Optional.empty() : Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult());
    }

    /**
     * The one login of the school's role group with this address. None when two people share it: a login is never
     * guessed; the administrator links such a person explicitly.
     */
    private Optional<String> userWithEmail(String schoolId, String email, Role role) {
        List<User> users = identity.createUserQuery().userEmail(email)
                .memberOfGroup(SchoolGroups.groupId(schoolId, role)).list();
        List<User> anyRole = identity.createUserQuery().userEmail(email).list();
        return users.size() == 1 && anyRole.size() == 1 ? Optional.of(users.get(0).getId()) : Optional.empty();
    }
}
