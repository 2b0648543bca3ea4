package ru.nastavnik.migration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.modeling.ModelsDeployed;

/**
 * After the release's models are deployed at start: running instances of older release versions of each process move
 * to the newest release version (Camunda migration: equal ids, plus each model's {@link UpgradeSteps}), one transaction
 * per instance, and the older release versions are suspended so that nothing new starts on them. Versions a
 * methodologist deployed herself are hers: their instances stay, logged, for her guarded migration ({@link Migrations}).
 */
@Component
class ReleaseUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ReleaseUpgrade.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final Map<String, List<UpgradeSteps>> stepsByKey;

    ReleaseUpgrade(RepositoryService repository, RuntimeService runtime, PlatformTransactionManager transactions, List<UpgradeSteps> steps) {
        this.repository = repository;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
        this.stepsByKey = steps.stream().collect(Collectors.groupingBy(UpgradeSteps::processKey));
    }

    @EventListener
    void on(ModelsDeployed release) {
        Set<String> releases = repository.createDeploymentQuery().deploymentName(release.deploymentName()).list().stream()
                .map(Deployment::getId).collect(Collectors.toSet());
        Map<String, List<ProcessDefinition>> byKey = repository.createProcessDefinitionQuery().list().stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey));
        byKey.values().forEach(versions -> versions.stream().filter(version -> releases.contains(version.getDeploymentId()))
                .max(Comparator.comparingInt(ProcessDefinition::getVersion))
                .ifPresent(target -> versions.stream().filter(version -> version.getVersion() < target.getVersion())
                        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
                        .forEach(source -> {
                            if (releases.contains(source.getDeploymentId())) {
                                upgrade(source, target);
                            } else {
                                leaveToTheMethodologist(source, target);
                            }
                        })));
    }

    private void upgrade(ProcessDefinition source, ProcessDefinition target) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
        if (!instances.isEmpty()) {
            List<UpgradeSteps> steps = stepsByKey.getOrDefault(source.getKey(), List.of());
            MigrationPlan plan = plan(source, target, steps);
            if (plan == null) {
                return;
            }
            int moved = 0;
            for (ProcessInstance instance : instances) {
                moved += move(instance.getId(), plan, source, target, steps) ? 1 : 0;
            }
            log.info("Release upgrade of {}: moved {} of {} running instances from version {} to version {}",
                    source.getKey(), moved, instances.size(), source.getVersion(), target.getVersion());
        }
        if (!source.isSuspended()) {
            // old versions stay readable as the source of migrations; nothing new starts on them
            repository.suspendProcessDefinitionById(source.getId(), false, null);
            log.info("Release upgrade of {}: version {} is suspended, new instances start on version {}",
                    source.getKey(), source.getVersion(), target.getVersion());
        }
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, List<UpgradeSteps> steps) {
        try {
            MigrationPlanBuilder plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
            for (UpgradeSteps step : steps) {
                plan = step.map(plan, source, target);
            }
            return plan.build();
        } catch (RuntimeException e) {
            log.error("Release upgrade of {}: no migration plan from version {} to version {}, its instances stay: {}",
                    source.getKey(), source.getVersion(), target.getVersion(), e.getMessage());
            return null;
        }
    }

    private boolean move(String instanceId, MigrationPlan plan, ProcessDefinition source, ProcessDefinition target, List<UpgradeSteps> steps) {
        try {
            transaction.executeWithoutResult(status -> {
                steps.forEach(step -> step.beforeMigration(instanceId, source, target, runtime));
                runtime.newMigration(plan).processInstanceIds(instanceId).execute();
                steps.forEach(step -> step.afterMigration(instanceId, source, target, runtime));
            });
            return true;
        } catch (RuntimeException e) {
            log.warn("Release upgrade of {}: instance {} stays on version {}: {}", source.getKey(), instanceId, source.getVersion(),
                    e.getMessage());
            return false;
        }
    }

    private void leaveToTheMethodologist(ProcessDefinition source, ProcessDefinition target) {
        long running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        if (running > 0) {
            log.info("Release upgrade of {}: {} instances on version {} (deployment {}, not a release) stay; "
                    + "the methodologist moves them to version {} with /api/migration", source.getKey(), running,
                    source.getVersion(), source.getDeploymentId(), target.getVersion());
        }
    }
}
