package ru.nastavnik.school;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Shared definitions, a school per instance ({@link SchoolTenantIdProvider}), and the engine's tenant check on.
 * Public for the in-memory engine of the process tests, whose instances belong to a school as here.
 */
@Component
public class SchoolTenancyPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantCheckEnabled(true);
        configuration.setTenantIdProvider(new SchoolTenantIdProvider(configuration::getIdentityService));
    }
}
