package ru.nastavnik.school;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, every school of ours has its tenant, role groups and Tasklist filters (a school added by the migration of a
 * single school, or filters new in this release).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class SchoolSetup implements ApplicationRunner {

    private final Schools schools;
    private final SchoolTenants tenants;
    private final IdentityService identity;

    SchoolSetup(Schools schools, SchoolTenants tenants, IdentityService identity) {
        this.schools = schools;
        this.tenants = tenants;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> known = identity.createTenantQuery().list().stream().map(Tenant::getId).collect(Collectors.toSet());
        List<School> all = schools.list();
        all.stream().filter(school -> !known.contains(school.id())).forEach(tenants::ensure);
        tenants.ensureFilters(all);
    }
}
