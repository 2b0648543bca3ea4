package ru.nastavnik.modeling;

import static ru.nastavnik.common.Refused.Kind.FORBIDDEN;
import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;

import ru.nastavnik.common.Refused;

/**
 * Checks every file of a new deployment, whoever deploys it (Camunda Modeler through /engine-rest, Java, the
 * application's own start), before the engine parses or stores anything: only BPMN, DMN and Camunda Forms files, each
 * within the {@link ModelSandbox}, and every BPMN by {@link ModelRules#checkBeforeDeployment}; then whether the person
 * may deploy for that school, or for all ({@link DeploymentTenant}). A stored deployment the
 * engine loads again into its cache passes the sandbox again, so a model stored before these rules is not run.
 * <p>
 * Camunda 7 has no public API for this: a deployer (like a BpmnParseListener) is engine-internal API. A deployer was
 * chosen because it sees the whole deployment at once, forms included, and reads the BPMN with the public model API.
 */
final class DeploymentGuard implements Deployer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BPMN = List.of(".bpmn", ".bpmn20.xml");
    private static final List<String> DMN = List.of(".dmn", ".dmn11.xml");
    private static final String FORM = ".form";
    private static final String DEPLOYMENT_REFUSED = "Развёртывание отклонено, ничего не сохранено. ";
    /** A model stored before these rules (or behind the engine's back) that breaks them: it is not run. */
    private static final String STORED_MODEL_BROKEN = "Модель нарушает правила развёртывания и не выполняется: ни запустить, "
            + "ни продолжить по ней процесс нельзя. Разверните исправленную версию и перенесите на неё процессы. ";

    private final ModelRules.Beans beans;
    private final ModelSandbox sandbox;

    DeploymentGuard(ModelRules.Beans beans, ModelSandbox sandbox) {
        this.beans = beans;
        this.sandbox = sandbox;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources());
        if (!deployment.isNew()) {
            // the engine reloads a stored deployment into its cache: it runs only while it keeps the sandbox; the model
            // rules are not asked again, so an older release stays readable as the source of its instances' migration
            List<String> problems = new ArrayList<>();
            resources.values().forEach(resource -> sandboxProblems(resource).forEach(p -> problems.add(fileName(resource) + ": " + p)));
            if (!problems.isEmpty()) {
                throw new Refused(INVALID, STORED_MODEL_BROKEN, problems);
            }
            return;
        }
        Set<String> formsAlongside = resources.values().stream()
                .filter(resource -> resource.getName().endsWith(FORM))
                .map(DeploymentGuard::formId)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
        ModelRules rules = new ModelRules(beans, formsAlongside, DeploymentGuard::formDeployedBefore);
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : resources.values()) {
            List<String> found = new ArrayList<>(kindProblems(resource));
            if (found.isEmpty() && endsWithAny(resource.getName().toLowerCase(Locale.ROOT), BPMN)) {
                // the model API reads the whole file into memory: only one that streamed through within the limits
                if (sandbox.read(ModelSandbox.Kind.BPMN, resource.getBytes(), found)) {
                    found.addAll(check(rules, resource));
                }
            } else if (found.isEmpty()) {
                found.addAll(sandboxProblems(resource));
            }
            found.forEach(problem -> problems.add(fileName(resource) + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, DEPLOYMENT_REFUSED, problems);
        }
        // after the files, so a methodologist learns every problem of a model at once
        DeploymentTenant.problem(Context.getCommandContext().getAuthentication(), deployment.getTenantId())
                .ifPresent(problem -> {
                    throw new Refused(FORBIDDEN, DEPLOYMENT_REFUSED + problem);
                });
    }

    private static List<String> kindProblems(ResourceEntity resource) {
        String name = resource.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
            return List.of("модели CMMN не поддерживаются: процессы описываются в BPMN.");
        }
        if (!endsWithAny(name, BPMN) && !endsWithAny(name, DMN) && !name.endsWith(FORM)) {
            return List.of("в развёртывание включаются только модели BPMN (.bpmn), таблицы решений DMN (.dmn) и формы "
                    + "Camunda Forms (.form).");
        }
        return List.of();
    }

    private List<String> sandboxProblems(ResourceEntity resource) {
        String name = resource.getName().toLowerCase(Locale.ROOT);
        if (endsWithAny(name, BPMN)) {
            return sandbox.problems(ModelSandbox.Kind.BPMN, resource.getBytes());
        }
        if (endsWithAny(name, DMN)) {
            return sandbox.problems(ModelSandbox.Kind.DMN, resource.getBytes());
        }
        if (name.endsWith(FORM)) {
            return ModelSandbox.formProblems(resource.getBytes());
        }
        return List.of();
    }

    private static boolean endsWithAny(String name, List<String> suffixes) {
        return suffixes.stream().anyMatch(name::endsWith);
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
