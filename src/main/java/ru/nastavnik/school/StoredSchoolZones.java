package ru.nastavnik.school;

import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The instance's school (its tenant id) looked up in nst_school. */
@Component
class StoredSchoolZones implements SchoolZones {

    private final Schools schools;

    StoredSchoolZones(Schools schools) {
        this.schools = schools;
    }

    @Override
    public ZoneId of(VariableScope instance) {
        String schoolId = InstanceSchool.of(instance);
        return schools.find(schoolId).map(School::timeZone)
                .orElseThrow(() -> new IllegalStateException("School " + schoolId + " of this instance is not in nst_school"));
    }
}
