package ru.nastavnik.modeling;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/*.bpmn and forms/*.form, as packaged into the jar, in one deployment named "nastavnik",
 * with the names they have in the repository (a form bound by "deployment" is found beside its BPMN).
 * A new version is deployed only when a file changed since the last such deployment; then {@link ModelsDeployed} tells
 * the release upgrade to move running instances onto it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelDeployment implements ApplicationRunner {

    static final String NAME = "nastavnik";
    private static final String[] FOLDERS = {"processes/*.bpmn", "forms/*.form"};
    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repository;
    private final ApplicationEventPublisher events;

    ModelDeployment(RepositoryService repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(NAME)
                .source(NAME)
                .enableDuplicateFiltering(false);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : FOLDERS) {
            String folder = pattern.substring(0, pattern.indexOf('/') + 1);
            for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                try (InputStream content = resource.getInputStream()) {
                    deployment.addInputStream(folder + resource.getFilename(), content);
                }
            }
        }
        Deployment deployed = deployment.deploy();
        log.info("Process models and forms are in deployment {}", deployed.getId());
        events.publishEvent(new ModelsDeployed(deployed.getId(), NAME));
    }
}
