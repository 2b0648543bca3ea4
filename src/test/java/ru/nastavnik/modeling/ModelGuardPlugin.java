package ru.nastavnik.modeling;

import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The application's model guard and sandbox for an engine without Spring: the process API is the given bean names. */
public final class ModelGuardPlugin extends AbstractProcessEnginePlugin {

    private final Set<String> processApi;

    public ModelGuardPlugin(Set<String> processApi) {
        this.processApi = Set.copyOf(processApi);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // every bean of the given API may listen here, and no form has rules: those are the application's, tested in ProcessModelTest
        DeploymentGuardPlugin.guard(configuration, new ModelRules.Beans(processApi::contains, processApi::contains, formId -> false),
                processApi::contains);
    }
}
