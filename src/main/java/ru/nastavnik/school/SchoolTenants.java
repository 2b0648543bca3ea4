package ru.nastavnik.school;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;
import ru.nastavnik.identity.SchoolTaskFilters;

/**
 * A school in the engine: its tenant, its role groups, each group a member of the tenant, its Tasklist filters. Idempotent, and writes only
 * what is missing, so nodes starting together on one database do not collide.
 */
@Component
class SchoolTenants {

    private final IdentityService identity;
    private final SchoolTaskFilters filters;

    SchoolTenants(IdentityService identity, SchoolTaskFilters filters) {
        this.identity = identity;
        this.filters = filters;
    }

    void ensure(School school) {
        Tenant tenant = identity.createTenantQuery().tenantId(school.id()).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(school.id());
            tenant.setName(school.shortName());
            identity.saveTenant(tenant);
        }
        for (Role role : Role.SCHOOL_ROLES) {
            String groupId = SchoolGroups.groupId(school.id(), role);
            Group group = identity.createGroupQuery().groupId(groupId).singleResult();
            if (group == null) {
                group = identity.newGroup(groupId);
                group.setName(SchoolGroups.groupName(school, role));
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
            if (identity.createTenantQuery().groupMember(groupId).tenantId(school.id()).count() == 0) {
                identity.createTenantGroupMembership(school.id(), groupId);
            }
        }
        filters.ensure(school.id(), school.shortName());
    }

    /** The Tasklist filters of schools whose tenant exists already (made by an older release). */
    void ensureFilters(List<School> schools) {
        Map<String, String> shortNames = new LinkedHashMap<>();
        schools.forEach(school -> shortNames.put(school.id(), school.shortName()));
        filters.ensureAll(shortNames);
    }
}
