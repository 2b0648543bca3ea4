package ru.nastavnik.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.common.Refused;
import ru.nastavnik.district.DistrictAppointment;
import ru.nastavnik.district.DistrictStaff;
import ru.nastavnik.school.District;
import ru.nastavnik.school.Schools;

/** The region's districts: a new one with its first administrator, in one transaction; refused in Russian, nothing saved. */
@Component
class RegionDistricts {

    private static final int NAME_LENGTH = 300;

    private final Schools schools;
    private final DistrictAppointment appointment;

    RegionDistricts(Schools schools, DistrictAppointment appointment) {
        this.schools = schools;
        this.appointment = appointment;
    }

    @Transactional
    District add(NewDistrict form) {
        List<String> problems = new ArrayList<>();
        if (form.name().isBlank()) {
            problems.add("Не указано название района.");
        } else if (form.name().strip().length() > NAME_LENGTH) {
            problems.add("Название района длиннее " + NAME_LENGTH + " знаков.");
        } else if (schools.districts().stream().anyMatch(district -> key(district.name()).equals(key(form.name()))
                && key(district.regionName()).equals(key(form.regionName())))) {
            problems.add("Район «" + form.name().strip() + "» уже есть" + (form.regionName().isBlank() ? "." : " в регионе «"
                    + form.regionName().strip() + "»."));
        }
        if (form.regionName().strip().length() > NAME_LENGTH) {
            problems.add("Название региона длиннее " + NAME_LENGTH + " знаков.");
        }
        appointment.problems(null, form.administratorName(), form.administratorEmail(), DistrictStaff.DistrictRole.ADMINISTRATOR)
                .forEach(problem -> problems.add(capitalised(problem)));
        if (!problems.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "Район не добавлен. ", problems);
        }
        District district = schools.addDistrict(form.name(), form.regionName());
        appointment.appoint(district.id(), form.administratorName(), form.administratorEmail(),
                DistrictStaff.DistrictRole.ADMINISTRATOR);
        return district;
    }

    /** The region most districts name: what the form offers for the next one (one installation serves one region). */
    String usualRegion() {
        return schools.districts().stream().map(District::regionName).filter(name -> name != null && !name.isBlank())
                .collect(java.util.stream.Collectors.groupingBy(name -> name, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse("");
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String capitalised(String problem) {
        return problem.isEmpty() ? problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    /** A district as the region's form gives it. */
    record NewDistrict(String name, String regionName, String administratorName, String administratorEmail) {

        NewDistrict {
            name = name == null ? "" : name;
            regionName = regionName == null ? "" : regionName;
        }
    }
}
