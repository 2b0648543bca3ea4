package ru.nastavnik.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

import ru.nastavnik.support.TestDatabase;

/**
 * The baseline: a second, plain Camunda engine with Camunda's defaults on a PostgreSQL database of its own (same
 * server): its own pooled data source, no authorizations, no plugins. History is FULL, as the Spring Boot starter sets
 * it for every Camunda user on Spring Boot (the standalone engine's own default is AUDIT).
 */
final class BareEngine {

    private BareEngine() {
    }

    static ProcessEngine start() {
        TestDatabase.Coordinates database = TestDatabase.newDatabase();
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-baseline");
        configuration.setJdbcUrl(database.url());
        configuration.setJdbcUsername(database.user());
        configuration.setJdbcPassword(database.password() == null ? "" : database.password());
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare-baseline")
                .addClasspathResource("benchmark/bare-pair.bpmn").deploy();
        return engine;
    }
}
