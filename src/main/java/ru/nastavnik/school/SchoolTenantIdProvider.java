package ru.nastavnik.school;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

import ru.nastavnik.common.Refused;

/**
 * The school of a new process instance, on shared definitions: a called process is its caller's school; a process
 * started with the variable {@value #SCHOOL_ID} is that school, which must be one of the starting person's; a person
 * of a single school starting a process without it starts it in their school; a person of several schools must name
 * one. Started by the system or a person of no school (the administrator) without one, it belongs to no school.
 */
class SchoolTenantIdProvider implements TenantIdProvider {

    static final String SCHOOL_ID = "schoolId";

    private final Supplier<IdentityService> identity;

    SchoolTenantIdProvider(Supplier<IdentityService> identity) {
        this.identity = identity;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (context.getSuperExecution() != null && context.getSuperExecution().getTenantId() != null) {
            return context.getSuperExecution().getTenantId();
        }
        Object named = context.getVariables() == null ? null : context.getVariables().get(SCHOOL_ID);
        List<String> personsSchools = personsSchools();
        if (named != null) {
            String schoolId = named.toString();
            if (personsSchools != null && !personsSchools.contains(schoolId)) {
                throw new Refused(Refused.Kind.FORBIDDEN, "Запускать процессы можно только в своей школе.");
            }
            return schoolId;
        }
        if (personsSchools != null && personsSchools.size() > 1) {
            throw new Refused(Refused.Kind.INVALID, "Вы работаете в нескольких школах: укажите, в какой школе запустить процесс "
                    + "(переменная schoolId).");
        }
        return personsSchools != null && personsSchools.size() == 1 ? personsSchools.get(0) : null;
    }

    /** The schools of the person starting it, or null when the system starts it (a job, a start-up step). */
    private List<String> personsSchools() {
        Authentication person = identity.get().getCurrentAuthentication();
        return person == null || person.getUserId() == null ? null : person.getTenantIds();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() != null ? context.getExecution().getTenantId() : null;
    }
}
