package ru.nastavnik.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.ProductionLikeEnvironment;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * Whose models a methodologist changes, through Camunda Modeler's endpoint: a version for a school where they are the
 * methodologist, never for another school, and never the shared version of every school (the administrator's).
 */
@NastavnikTest
class DeploymentTenantTest {

    private static final ClassData DATA = ClassData.of(DeploymentTenantTest.class);
    private static final String NAME = "deployment-tenant-test";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    Schools schools;

    private School a;
    private School b;

    @BeforeEach
    void methodologists() {
        a = TestSchools.of(schools, DATA, "a");
        b = TestSchools.of(schools, DATA, "b");
        TestPeople.ensure(identity, a, "tenantmethodologista", Role.METHODOLOGIST, "Ершова", "Алла");
    }

    @AfterEach
    void removeTestDeployments() {
        repository.createDeploymentQuery().deploymentName(NAME).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aMethodologistDeploysAVersionForTheirSchool() throws IOException {
        Http.Reply reply = deploy(methodologist(), a.id());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("MigrationProbe").tenantIdIn(a.id()).count()).isEqualTo(1);
    }

    @Test
    void aMethodologistMayNotDeployForAnotherSchool() throws IOException {
        Http.Reply reply = deploy(methodologist(), b.id());

        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(reply.json().path("message").asText()).isEqualTo("Развёртывание отклонено, ничего не сохранено. "
                + "Развёртывать версию модели можно только для школы, где вы методист; вы не методист школы «" + b.id() + "».");
        assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();
    }

    @Test
    void onlyTheAdministratorDeploysTheSharedVersion() throws IOException {
        Http.Reply methodologist = deploy(methodologist(), null);
        assertThat(methodologist.status()).as(methodologist.body()).isEqualTo(403);
        assertThat(methodologist.json().path("message").asText()).startsWith("Развёртывание отклонено, ничего не сохранено. "
                + "Общую для всех школ версию модели развёртывает только администратор системы.")
                .endsWith("например " + a.id() + ".");
        assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();

        Http.Reply administrator = deploy(new Http(port).as("admin", ProductionLikeEnvironment.ADMIN_PASSWORD), null);
        assertThat(administrator.status()).as(administrator.body()).isEqualTo(200);
    }

    private Http methodologist() {
        return new Http(port).as("tenantmethodologista", TestPeople.password("tenantmethodologista"));
    }

    private Http.Reply deploy(Http person, String tenantId) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", NAME);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "false");
        if (tenantId != null) {
            fields.put("tenant-id", tenantId);
        }
        return person.postMultipart("/engine-rest/deployment/create", fields, Map.of(
                "migration-probe-v1.bpmn", resource("migration-probe-v1.bpmn"),
                "migration-probe.form", resource("migration-probe.form")));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DeploymentTenantTest.class.getResourceAsStream("/migration/" + name)) {
            return in.readAllBytes();
        }
    }
}
