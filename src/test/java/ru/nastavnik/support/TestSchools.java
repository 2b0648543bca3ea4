package ru.nastavnik.support;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import ru.nastavnik.school.NewSchool;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;

/**
 * The school of one test class in the shared test database (district «Тестовый район»), created on first use: its id
 * is the class's name in lower case ({@code orderprocesstest}), so a test's rows and instances say which test made them.
 */
public final class TestSchools {

    public static final String DISTRICT = "tests";

    private TestSchools() {
    }

    public static School of(Schools schools, ClassData data) {
        return of(schools, data, "");
    }

    /** A second (third…) school of the class: {@code orderprocesstestb}. */
    public static synchronized School of(Schools schools, ClassData data, String suffix) {
        return schools.find(id(data, suffix)).orElseGet(() -> add(schools, data, suffix));
    }

    /** A process's start variables in {@code school}: a copy of {@code variables} with {@code schoolId}. */
    public static Map<String, Object> in(School school, Map<String, Object> variables) {
        Map<String, Object> copy = new HashMap<>(variables);
        copy.put("schoolId", school.id());
        return copy;
    }

    private static School add(Schools schools, ClassData data, String suffix) {
        if (schools.findDistrict(DISTRICT).isEmpty()) {
            schools.addDistrict(DISTRICT, "Тестовый район", "Тестовая область");
        }
        String name = data.school("Школа" + (suffix.isEmpty() ? "" : " " + suffix.toUpperCase(Locale.ROOT)));
        return schools.add(id(data, suffix), new NewSchool(name, name, DISTRICT, ZoneId.of("Europe/Moscow")));
    }

    private static String id(ClassData data, String suffix) {
        String id = (data.owner() + suffix).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return id.length() > 60 ? id.substring(0, 60) : id;
    }
}
