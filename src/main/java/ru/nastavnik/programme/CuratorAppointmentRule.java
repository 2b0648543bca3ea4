package ru.nastavnik.programme;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.form.FormValues;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;

/** Only a member of the curator group can be appointed curator. */
@Component
class CuratorAppointmentRule implements FormRule {

    private final IdentityService identity;

    CuratorAppointmentRule(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public String formId() {
        return "appoint-curator";
    }

    @Override
    public List<String> check(FormValues values) {
        String curator = values.text(ProgrammeVariables.CURATOR).orElseThrow();
        long members = identity.createUserQuery().userId(curator).memberOfGroup(SchoolGroups.of(values.schoolId(), Role.CURATOR)).count();
        return members == 1 ? List.of()
                : List.of("Куратором можно назначить только сотрудника из группы «" + Role.CURATOR.title() + "».");
    }
}
