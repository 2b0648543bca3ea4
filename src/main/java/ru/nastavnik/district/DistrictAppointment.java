package ru.nastavnik.district;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.account.Accounts;
import ru.nastavnik.account.Person;
import ru.nastavnik.account.PersonEntry;
import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;

/**
 * A district's administrator or methodologist, appointed by the region: their account (made when first needed, with
 * its invitation letter, account.Accounts) in the role's group, and a row of nst_district_member. A methodologist is
 * also the methodologist of each of the district's schools, as of every school added later (DistrictSchools).
 */
@Component
public class DistrictAppointment {

    private final Accounts accounts;
    private final DistrictStaff staff;
    private final Schools schools;
    private final IdentityService identity;

    DistrictAppointment(Accounts accounts, DistrictStaff staff, Schools schools, IdentityService identity) {
        this.accounts = accounts;
        this.staff = staff;
        this.schools = schools;
        this.identity = identity;
    }

    /** The problems of an appointment, in Russian, before anything is saved (empty when it may go ahead). */
    public List<String> problems(String districtId, String fullName, String email, DistrictStaff.DistrictRole role) {
        List<String> problems = new java.util.ArrayList<>(PersonEntry.problems("", whose(role), fullName, email));
        if (problems.isEmpty() && districtId != null) {
            accounts.existing(new Person(email, "", "")).filter(login -> staff.districtsOf(login, role).contains(districtId))
                    .ifPresent(login -> problems.add("у района уже есть " + title(role) + " с адресом «" + email.strip() + "»."));
        }
        return problems;
    }

    /** Appoints the person, or refuses in Russian with nothing saved. */
    @Transactional
    public String appoint(String districtId, String fullName, String email, DistrictStaff.DistrictRole role) {
        List<String> problems = problems(districtId, fullName, email, role);
        if (!problems.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "Назначение не сохранено. ", problems.stream().map(SchoolRows::capitalised).toList());
        }
        Role global = role == DistrictStaff.DistrictRole.ADMINISTRATOR ? Role.DISTRICT_ADMINISTRATOR : Role.METHODOLOGIST;
        String login = accounts.ensure(Person.of(email, fullName), global);
        staff.add(districtId, login, role);
        if (role == DistrictStaff.DistrictRole.METHODOLOGIST) {
            for (School school : schools.ofDistrict(districtId)) {
                String group = SchoolGroups.groupId(school.id(), Role.METHODOLOGIST);
                AsSystem.run(identity, () -> {
                    if (identity.createUserQuery().userId(login).memberOfGroup(group).count() == 0) {
                        identity.createMembership(login, group);
                    }
                });
            }
        }
        return login;
    }

    private static String whose(DistrictStaff.DistrictRole role) {
        return role == DistrictStaff.DistrictRole.ADMINISTRATOR ? "администратора района" : "методиста района";
    }

    private static String title(DistrictStaff.DistrictRole role) {
        return role == DistrictStaff.DistrictRole.ADMINISTRATOR ? "администратор" : "методист";
    }
}
