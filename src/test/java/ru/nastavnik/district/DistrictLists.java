package ru.nastavnik.district;

import java.util.List;

import org.springframework.context.ApplicationContext;

import ru.nastavnik.school.School;

/** For the benchmark (another package): a district's list of schools added as the district's page adds it. */
public final class DistrictLists {

    private DistrictLists() {
    }

    public static List<School> addList(ApplicationContext context, String districtId, String fileName, byte[] content) {
        return context.getBean(DistrictSchools.class).addList(districtId, fileName, content);
    }
}
