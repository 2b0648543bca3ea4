package ru.nastavnik.monitoring;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ProcessApi;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;

/**
 * The schools a scheduled monitoring round runs in: every school of the installation. The schedule is one timer on a
 * shared definition, so it starts in no school; {@code ${monitoringSchools.ids()}} gives one round per school, each
 * started with its {@code schoolId}. Public: the engine calls it by reflection.
 */
@Component("monitoringSchools")
@ProcessApi
public class MonitoringSchools {

    private final Supplier<List<String>> ids;

    @Autowired
    MonitoringSchools(Schools schools) {
        this(() -> schools.list().stream().map(School::id).toList());
    }

    MonitoringSchools(Supplier<List<String>> ids) {
        this.ids = ids;
    }

    public List<String> ids() {
        return ids.get();
    }
}
