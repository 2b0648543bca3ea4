package ru.nastavnik.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link DeploymentGuard} in front of the engine's own deployers, and limits the names the engine resolves in
 * expressions to the process API (the starter applies every plugin bean). CMMN is off engine-wide: nothing here uses it,
 * and the engine checks no authorizations on case instances.
 */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext application;

    DeploymentGuardPlugin(ApplicationContext application) {
        this.application = application;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessApiBeans processApi = new ProcessApiBeans(application);
        configuration.setBeans(processApi.asMap());
        configuration.setExpressionManager(new SpringExpressionManager(application, processApi.asMap()));
        guard(configuration, processApi.ruleBeans(), processApi::isSpringBean);
    }

    /** The guard and the engine-wide limits, for this plugin and the in-memory engine of the process tests. */
    static void guard(ProcessEngineConfigurationImpl configuration, ModelRules.Beans beans, Predicate<String> springBean) {
        configuration.setCmmnEnabled(false);
        List<Deployer> before = new ArrayList<>();
        ExpressionCheck expressions = new ExpressionCheck(beans.exists(), springBean);
        before.add(new DeploymentGuard(beans, new ModelSandbox(expressions)));
        if (configuration.getCustomPreDeployers() != null) {
            before.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(before);
    }
}
