package ru.nastavnik.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Runs {@link ModelRules#checkBeforeDeployment} over every BPMN of a new deployment, whoever deploys it (Camunda Modeler
 * through /engine-rest, Java, the application's own start), before the engine parses or stores anything.
 * <p>
 * Camunda 7 has no public API for this: a deployer (like a BpmnParseListener) is engine-internal API. A deployer was
 * chosen because it sees the whole deployment at once, forms included, and reads the BPMN with the public model API.
 */
final class DeploymentGuard implements Deployer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Predicate<String> beanExists;

    DeploymentGuard(Predicate<String> beanExists) {
        this.beanExists = beanExists;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // deployers also run when the engine reloads a stored deployment into its cache: that one passed already
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources());
        Set<String> formsAlongside = resources.values().stream()
                .filter(resource -> resource.getName().endsWith(".form"))
                .map(DeploymentGuard::formId)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
        ModelRules rules = new ModelRules(beanExists, formsAlongside, DeploymentGuard::formDeployedBefore);
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : resources.values()) {
            if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
                for (String problem : check(rules, resource)) {
                    problems.add(fileName(resource) + ": " + problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
    }

    private static List<String> check(ModelRules rules, ResourceEntity resource) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        } catch (ModelException e) {
            return List.of("файл не читается как BPMN (" + e.getMessage() + ").");
        }
        return rules.checkBeforeDeployment(model);
    }

    private static boolean formDeployedBefore(String formId) {
        return Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
    }

    private static String formId(ResourceEntity form) {
        try {
            return JSON.readTree(form.getBytes()).path("id").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String fileName(ResourceEntity resource) {
        String name = resource.getName();
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
