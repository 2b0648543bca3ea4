package ru.nastavnik.district;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.school.District;
import ru.nastavnik.school.Schools;

/** Every district with its people and the sums of its schools' figures, in a few queries whatever the number of schools. */
@Component
public class DistrictOverview {

    private final Schools schools;
    private final DistrictSchools districtSchools;
    private final DistrictStaff staff;
    private final IdentityService identity;

    DistrictOverview(Schools schools, DistrictSchools districtSchools, DistrictStaff staff, IdentityService identity) {
        this.schools = schools;
        this.districtSchools = districtSchools;
        this.staff = staff;
        this.identity = identity;
    }

    public List<DistrictFigures> all() {
        Map<String, List<SchoolState>> byDistrict = districtSchools.states(schools.list()).stream()
                .collect(Collectors.groupingBy(state -> state.school().districtId()));
        return schools.districts().stream().map(district -> figures(district, byDistrict.getOrDefault(district.id(), List.of())))
                .toList();
    }

    private DistrictFigures figures(District district, List<SchoolState> states) {
        int started = (int) states.stream().filter(SchoolState::started).count();
        return new DistrictFigures(district, names(staff.members(district.id(), DistrictStaff.DistrictRole.ADMINISTRATOR)),
                names(staff.members(district.id(), DistrictStaff.DistrictRole.METHODOLOGIST)), states.size(),
                states.size() - started, started, states.stream().mapToInt(SchoolState::mentees).sum(),
                states.stream().mapToInt(SchoolState::mentors).sum(), states.stream().mapToInt(SchoolState::pairs).sum(),
                states.stream().mapToInt(SchoolState::signedOrders).sum());
    }

    /** «Фамилия Имя Отчество (login)», in name order. */
    private List<String> names(List<String> logins) {
        if (logins.isEmpty()) {
            return List.of();
        }
        List<User> users = AsSystem.call(identity, () -> identity.createUserQuery().userIdIn(logins.toArray(String[]::new)).list());
        return users.stream().map(user -> ((nonNull(user.getLastName()) + " " + nonNull(user.getFirstName())).strip()
                + " (" + user.getId() + ")").strip()).sorted().toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
