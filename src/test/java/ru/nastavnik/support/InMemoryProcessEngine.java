package ru.nastavnik.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import ru.nastavnik.modeling.SchoolVersions;
import ru.nastavnik.modeling.ModelGuardPlugin;
import ru.nastavnik.school.SchoolTenancyPlugin;

/**
 * An engine of one process test class: H2 in memory, job executor off, history full, JSON variables (Spin), the
 * application's model guard and sandbox, a school per instance (as in the application), our beans from {@link ProcessBeans}, and flow-node coverage with a floor of
 * {@value #COVERAGE_FLOOR} per class (a class tests one process; the processes it calls are excluded from its figure).
 * Reports: target/process-test-coverage/, summed up in docs/process-coverage.md.
 */
public final class InMemoryProcessEngine {

    public static final double COVERAGE_FLOOR = 0.9;
    private static final AtomicInteger ENGINES = new AtomicInteger();

    private InMemoryProcessEngine() {
    }

    /** The JUnit extension of a class; register it as a static field. Keys: the called processes, not counted. */
    public static ProcessEngineCoverageExtension with(ProcessBeans beans, String... calledProcessKeys) {
        String name = "in-memory-" + ENGINES.incrementAndGet();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setDefaultSerializationFormat("application/json");
        // every call activity asks which version of the called model the school runs, as in the application
        java.util.Map<Object, Object> named = beans.asMap();
        named.putIfAbsent("schoolVersions", new SchoolVersions(configuration.getRepositoryService(), configuration.getRuntimeService()));
        java.util.Set<String> names = new java.util.HashSet<>(beans.names());
        names.add("schoolVersions");
        configuration.setBeans(named);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        configuration.getProcessEnginePlugins().add(new ModelGuardPlugin(names));
        configuration.getProcessEnginePlugins().add(new SchoolTenancyPlugin());
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return ProcessEngineCoverageExtension.builder(configuration)
                .assertClassCoverageAtLeast(COVERAGE_FLOOR)
                .excludeProcessDefinitionKeys(calledProcessKeys)
                .build();
    }

    /** Deploys models from processes/ (file names without .bpmn) with every form, as the application does. */
    public static void deploy(ProcessEngine engine, String... models) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("process test");
        for (String model : models) {
            deployment.addClasspathResource("processes/" + model + ".bpmn");
        }
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            forms.filter(form -> form.toString().endsWith(".form"))
                    .forEach(form -> deployment.addClasspathResource("forms/" + form.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deployment.deploy();
    }
}
