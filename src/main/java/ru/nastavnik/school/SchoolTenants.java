package ru.nastavnik.school;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;

/**
 * A school in the engine: its tenant, its role groups, each group a member of the tenant. Idempotent, and writes only
 * what is missing, so nodes starting together on one database do not collide.
 */
@Component
class SchoolTenants {

    private final IdentityService identity;

    SchoolTenants(IdentityService identity) {
        this.identity = identity;
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
    }
}
