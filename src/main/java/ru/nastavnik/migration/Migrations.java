package ru.nastavnik.migration;

import static ru.nastavnik.common.Refused.Kind.INVALID;
import static ru.nastavnik.common.Refused.Kind.NOT_FOUND;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.common.Refused;


/**
 * Moves running instances from one version of a process to another with Camunda's migration API. The plan maps equal
 * step ids (and the renamed ones the methodologist names); each instance is tried in a transaction that is rolled back,
 * which is how the engine tells, instance by instance, what cannot be moved. Running is a batch, as Cockpit shows it.
 */
@Component
class Migrations {

    private static final String NO_INSTRUCTION = "There is no migration instruction for this instance's activity";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate rolledBack;

    Migrations(RepositoryService repository, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.rolledBack = new TransactionTemplate(transactions);
    }

    MigrationPreview preview(MigrationRequest request) {
        return preview(request, sourceOf(request));
    }

    MigrationStarted run(MigrationRequest request) {
        ProcessDefinition source = sourceOf(request);
        MigrationPreview preview = preview(request, source);
        if (preview.movable().isEmpty()) {
            throw new Refused(INVALID, "Переносить нечего: ни один экземпляр версии " + source.getVersion()
                    + " нельзя перенести по этому плану (см. «нельзяПеренести»).");
        }
        MigrationPlan plan = plan(request, source, targetOf(request, source));
        Batch batch = runtime.newMigration(plan).processInstanceIds(preview.movable()).executeAsync();
        return new MigrationStarted(batch.getId(), preview.movable().size(),
                "/camunda/app/cockpit/default/#/batch?details=" + batch.getId() + "&type=runtime", preview);
    }

    private MigrationPreview preview(MigrationRequest request, ProcessDefinition source) {
        ProcessDefinition target = targetOf(request, source);
        MigrationPlan plan = plan(request, source, target);
        BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
        BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());

        List<MigrationPreview.Mapping> mappings = plan.getInstructions().stream()
                .map(instruction -> new MigrationPreview.Mapping(instruction.getSourceActivityId(), nameOf(sourceModel, instruction.getSourceActivityId()),
                        instruction.getTargetActivityId(), nameOf(targetModel, instruction.getTargetActivityId())))
                .toList();
        Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
        List<MigrationPreview.Step> unmapped = waitingSteps(sourceModel).stream()
                .filter(step -> !mapped.contains(step.getId()))
                .map(step -> new MigrationPreview.Step(step.getId(), step.getName()))
                .toList();

        List<String> movable = new ArrayList<>();
        List<MigrationPreview.Blocked> blocked = new ArrayList<>();
        List<ProcessInstance> instances = instancesOf(request, source);
        for (ProcessInstance instance : instances) {
            List<String> reasons = tryMoving(plan, instance.getId(), sourceModel);
            if (reasons.isEmpty()) {
                movable.add(instance.getId());
            } else {
                blocked.add(new MigrationPreview.Blocked(instance.getId(), instance.getBusinessKey(), reasons));
            }
        }
        return new MigrationPreview(source.getKey(), version(source), version(target), mappings, unmapped,
                instances.size(), movable, blocked);
    }

    /** Moves the instance in a transaction that is always rolled back: the engine's own verdict, nothing kept. */
    private List<String> tryMoving(MigrationPlan plan, String processInstanceId, BpmnModelInstance sourceModel) {
        List<String> reasons = new ArrayList<>();
        TrialMoveLogFilter.whileTrying(() -> rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
            } catch (MigratingProcessInstanceValidationException e) {
                reasons.addAll(reasons(e.getValidationReport(), sourceModel));
            } catch (ProcessEngineException e) {
                reasons.add("движок не переносит экземпляр: " + e.getMessage());
            }
        }));
        return reasons;
    }

    private static List<String> reasons(MigratingProcessInstanceValidationReport report, BpmnModelInstance sourceModel) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(activity ->
                activity.getFailures().forEach(failure -> reasons.add(reason(sourceModel, activity.getSourceScopeId(), failure))));
        report.getTransitionInstanceReports().forEach(transition ->
                transition.getFailures().forEach(failure -> reasons.add(reason(sourceModel, transition.getSourceScopeId(), failure))));
        return reasons;
    }

    private static String reason(BpmnModelInstance sourceModel, String stepId, String failure) {
        String step = describe(sourceModel, stepId);
        return NO_INSTRUCTION.equals(failure)
                ? step + ": экземпляр стоит на этом шаге, а в новой версии ему нет соответствия (укажите его в mappings)"
                : step + ": " + failure;
    }

    private MigrationPlan plan(MigrationRequest request, ProcessDefinition source, ProcessDefinition target) {
        MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
        for (Map.Entry<String, String> mapping : request.mappingsOrNone().entrySet()) {
            builder = builder.mapActivities(mapping.getKey(), mapping.getValue());
        }
        try {
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            List<String> problems = new ArrayList<>();
            for (MigrationInstructionValidationReport instruction : e.getValidationReport().getInstructionReports()) {
                problems.add(instruction.getMigrationInstruction().getSourceActivityId() + " → "
                        + instruction.getMigrationInstruction().getTargetActivityId() + ": " + String.join("; ", instruction.getFailures()));
            }
            throw new Refused(INVALID, "План переноса недопустим. " + String.join(" ", problems));
        }
    }

    private List<ProcessInstance> instancesOf(MigrationRequest request, ProcessDefinition source) {
        var query = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
        if (request.processInstanceIds() != null && !request.processInstanceIds().isEmpty()) {
            query = query.processInstanceIds(Set.copyOf(request.processInstanceIds()));
        }
        return query.orderByProcessInstanceId().asc().list();
    }

    private ProcessDefinition sourceOf(MigrationRequest request) {
        if (request.sourceDefinitionId() != null) {
            return definition(repository.createProcessDefinitionQuery().processDefinitionId(request.sourceDefinitionId()).singleResult(),
                    request.sourceDefinitionId());
        }
        if (request.processKey() == null || request.sourceVersion() == null) {
            throw new Refused(INVALID, "Укажите, что переносить: sourceDefinitionId или processKey с sourceVersion (и, если нужно, targetVersion).");
        }
        return byVersion(request.processKey(), request.sourceVersion());
    }

    private ProcessDefinition targetOf(MigrationRequest request, ProcessDefinition source) {
        if (request.targetDefinitionId() != null) {
            return definition(repository.createProcessDefinitionQuery().processDefinitionId(request.targetDefinitionId()).singleResult(),
                    request.targetDefinitionId());
        }
        if (request.targetVersion() != null) {
            return byVersion(source.getKey(), request.targetVersion());
        }
        return definition(repository.createProcessDefinitionQuery().processDefinitionKey(source.getKey()).latestVersion().singleResult(),
                source.getKey());
    }

    private ProcessDefinition byVersion(String key, int version) {
        return definition(repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version).singleResult(),
                key + ", версия " + version);
    }

    private static ProcessDefinition definition(ProcessDefinition found, String asked) {
        if (found == null) {
            throw new Refused(NOT_FOUND, "Версия процесса не найдена: " + asked + ".");
        }
        return found;
    }

    /** The steps where an instance can wait: tasks, sub-processes, calls, timers and other catching events. */
    private static Collection<FlowNode> waitingSteps(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> node instanceof Activity || node instanceof IntermediateCatchEvent || node instanceof BoundaryEvent)
                .toList();
    }

    private static String nameOf(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof FlowNode node ? node.getName() : null;
    }

    private static String describe(BpmnModelInstance model, String id) {
        String name = nameOf(model, id);
        return name == null || name.isBlank() ? id : "«" + name + "» (" + id + ")";
    }

    private static MigrationPreview.Version version(ProcessDefinition definition) {
        return new MigrationPreview.Version(definition.getId(), definition.getVersion());
    }
}
