package ru.nastavnik.region;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.account.Accounts;
import ru.nastavnik.account.Person;
import ru.nastavnik.account.PersonEntry;
import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.identity.Role;

/** The region's administrators (group region-admin): appointed by the installation's administrator, each with an invitation. */
@Component
class RegionAdministrators {

    private final Accounts accounts;
    private final IdentityService identity;

    RegionAdministrators(Accounts accounts, IdentityService identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    /** «Фамилия Имя Отчество (login)», in name order. */
    List<String> names() {
        return AsSystem.call(identity, () -> identity.createUserQuery().memberOfGroup(Role.REGION_ADMINISTRATOR.groupId())
                .orderByUserLastName().asc().list()).stream().map(RegionAdministrators::name).toList();
    }

    @Transactional
    String appoint(String fullName, String email) {
        List<String> problems = new ArrayList<>(PersonEntry.problems("", "администратора региона", fullName, email));
        if (problems.isEmpty()) {
            accounts.existing(new Person(email, "", "")).filter(this::isAdministrator).ifPresent(login ->
                    problems.add("адрес «" + email.strip() + "» уже у администратора региона."));
        }
        if (!problems.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "Администратор региона не назначен. ",
                    problems.stream().map(RegionDistricts::capitalised).toList());
        }
        return accounts.ensure(Person.of(email, fullName), Role.REGION_ADMINISTRATOR);
    }

    private boolean isAdministrator(String login) {
        return AsSystem.call(identity, () -> identity.createUserQuery().userId(login)
                .memberOfGroup(Role.REGION_ADMINISTRATOR.groupId()).count() > 0);
    }

    private static String name(User user) {
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name + " (" + user.getId() + ")";
    }
}
