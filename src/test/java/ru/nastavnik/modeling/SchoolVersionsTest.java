package ru.nastavnik.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.nastavnik.school.SchoolTenancyPlugin;

/**
 * A school with its own version of a model runs it, whether the process is started by key (a delegate) or called by a
 * shared model's call activity; every other school runs the shared one. In-memory engine with the application's
 * tenancy (a school per instance, tenant check on).
 */
class SchoolVersionsTest {

    private static ProcessEngine engine;
    private static SchoolVersions versions;

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("school-versions");
        configuration.setJdbcUrl("jdbc:h2:mem:school-versions;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        versions = new SchoolVersions(configuration.getRepositoryService(), configuration.getRuntimeService());
        configuration.setBeans(Map.of("schoolVersions", versions));
        configuration.getProcessEnginePlugins().add(new SchoolTenancyPlugin());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("caller.bpmn", caller())
                .addModelInstance("called.bpmn", called("Общая версия")).deploy();
        engine.getRepositoryService().createDeployment().tenantId("s1").addModelInstance("called.bpmn", called("Версия школы s1"))
                .deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aSchoolWithItsOwnVersionRunsItWhenStartedByKey() {
        assertThat(versionOf(versions.start("Called", "k1", "s1", Map.of("schoolId", "s1")))).isEqualTo("Версия школы s1");
        ProcessInstance other = versions.start("Called", "k2", "s2", Map.of("schoolId", "s2"));
        assertThat(versionOf(other)).isEqualTo("Общая версия");
        assertThat(other.getTenantId()).as("the shared version still runs in the school").isEqualTo("s2");
    }

    @Test
    void aSharedModelCallsTheSchoolsOwnVersion() {
        ProcessInstance inS1 = versions.start("Caller", "c1", "s1", Map.of("schoolId", "s1"));
        ProcessInstance inS2 = versions.start("Caller", "c2", "s2", Map.of("schoolId", "s2"));

        assertThat(versionOf(calledBy(inS1))).isEqualTo("Версия школы s1");
        assertThat(calledBy(inS1).getTenantId()).isEqualTo("s1");
        assertThat(versionOf(calledBy(inS2))).isEqualTo("Общая версия");
        assertThat(calledBy(inS2).getTenantId()).isEqualTo("s2");
    }

    private static ProcessInstance calledBy(ProcessInstance caller) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    }

    private static String versionOf(ProcessInstance instance) {
        return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getName();
    }

    private static BpmnModelInstance caller() {
        return Bpmn.createExecutableProcess("Caller").name("Вызывающий").camundaHistoryTimeToLive(30)
                .startEvent().callActivity("CallActivity_Called").calledElement("Called")
                .camundaCalledElementTenantId(SchoolVersions.CALLED_TENANT)
                .endEvent().done();
    }

    private static BpmnModelInstance called(String name) {
        return Bpmn.createExecutableProcess("Called").name(name).camundaHistoryTimeToLive(30)
                .startEvent().userTask("Task_Wait").name("Ждать").endEvent().done();
    }
}
