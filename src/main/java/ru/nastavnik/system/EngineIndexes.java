package ru.nastavnik.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for the way Nastavnik uses it, created once the engine has created its tables
 * (on every start; an existing index is left as it is).
 *
 * <p>Every query with authorization checks (each Tasklist list, each task a mentor opens) reads the person's grants
 * with {@code USER_ID_ in (?, '*') or GROUP_ID_ in (...)}. Camunda indexes {@code GROUP_ID_} but not {@code USER_ID_},
 * so PostgreSQL reads the whole table for each check; the table holds a grant per open task and person, 200,000 rows
 * for a region's 100,000 open tasks (docs/benchmarks.md, scenario 3).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
    private static final String AUTHORIZATION_BY_USER =
            "create index if not exists NST_IDX_AUTH_USER_ID on ACT_RU_AUTHORIZATION (USER_ID_)";

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(AUTHORIZATION_BY_USER);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the index of authorizations by user", e);
        }
        log.info("Index of authorizations by user in place");
    }
}
