package ru.nastavnik.modeling;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Puts the {@link DeploymentGuard} in front of the engine's own deployers (the starter applies every plugin bean). */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext application;

    DeploymentGuardPlugin(ApplicationContext application) {
        this.application = application;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> before = new ArrayList<>();
        before.add(new DeploymentGuard(application::containsBean));
        if (configuration.getCustomPreDeployers() != null) {
            before.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(before);
    }
}
