package ru.nastavnik.district;

import org.springframework.stereotype.Component;

import ru.nastavnik.account.Accounts;
import ru.nastavnik.account.Person;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;

/**
 * A school's director, appointed by the district: their account (made when first needed, with its invitation letter,
 * account.Accounts) holds the role there.
 */
@Component
class DirectorAppointment {

    private final Accounts accounts;
    private final Schools schools;

    DirectorAppointment(Accounts accounts, Schools schools) {
        this.accounts = accounts;
        this.schools = schools;
    }

    void appoint(School school, String fullName, String email) {
        String login = accounts.ensure(Person.of(email, fullName), school.id(), Role.DIRECTOR);
        schools.appointDirector(school.id(), login);
    }
}
