package ru.nastavnik.district;

import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;

/** A school's director, appointed by the district: their account (created when first needed) holds the role there. */
@Component
class DirectorAppointment {

    private final IdentityService identity;
    private final Schools schools;

    DirectorAppointment(IdentityService identity, Schools schools) {
        this.identity = identity;
        this.schools = schools;
    }

    void appoint(School school, String fullName, String email) {
        String login = email.strip().toLowerCase(Locale.ROOT);
        User user = identity.createUserQuery().userEmail(login).singleResult();
        if (user == null) {
            user = identity.newUser(login);
            String[] names = fullName.strip().split("\\s+", 2);
            user.setLastName(names[0]);
            user.setFirstName(names.length > 1 ? names[1] : "");
            user.setEmail(login);
            identity.saveUser(user);
        }
        for (String group : new String[] {Role.DIRECTOR.groupId(), SchoolGroups.groupId(school.id(), Role.DIRECTOR)}) {
            if (identity.createUserQuery().userId(user.getId()).memberOfGroup(group).count() == 0) {
                identity.createMembership(user.getId(), group);
            }
        }
        schools.appointDirector(school.id(), user.getId());
    }
}
