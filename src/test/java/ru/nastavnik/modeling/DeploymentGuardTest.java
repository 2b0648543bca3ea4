package ru.nastavnik.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.common.Refused;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/** Deployments as Camunda Modeler and Java make them: only methodologists and admins, and never a broken model. */
@NastavnikTest
class DeploymentGuardTest {

    @Autowired
    Schools schools;

    private static final String NAME = "deployment-guard-test";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void people() {
        TestPeople.ensure(identity, school(), "guardmethodologist", Role.METHODOLOGIST, "Лебедева", "Нина Павловна");
        TestPeople.ensure(identity, school(), "guardcurator", Role.CURATOR, "Воронова", "Елена Игоревна");
    }

    @AfterEach
    void removeTestDeployments() {
        repository.createDeploymentQuery().deploymentName(NAME).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aMethodologistDeploysFromCamundaModeler() throws IOException {
        Http.Reply reply = deployAs("guardmethodologist", Map.of(
                "migration-probe-v1.bpmn", resource("migration-probe-v1.bpmn"),
                "migration-probe.form", resource("migration-probe.form")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("deployedProcessDefinitions")).hasSize(1);
    }

    @Test
    void aBrokenModelIsRefusedInRussianNamingEachElementAndNothingIsStored() throws IOException {
        String broken = text("migration-probe-v1.bpmn")
                .replaceFirst("camunda:candidateGroups=\"curator\"", "")
                .replace("<bpmn:timeDuration>P14D</bpmn:timeDuration>", "<bpmn:timeDuration>две недели</bpmn:timeDuration>")
                .replace("${planDue}", "${planCalendar.due(execution)}")
                .replace(" camunda:historyTimeToLive=\"P1D\"", "");

        Http.Reply reply = deployAs("guardmethodologist", Map.of(
                "migration-probe-v1.bpmn", broken.getBytes(StandardCharsets.UTF_8),
                "migration-probe.form", resource("migration-probe.form")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("Развёртывание отклонено, ничего не сохранено.")
                .contains("migration-probe-v1.bpmn: Процесс «Проверка: перенос на новую версию» (MigrationProbe): не задан срок хранения истории (historyTimeToLive).")
                .contains("Задача «Составить план» (Task_Plan): не указан исполнитель или группа кандидатов.")
                .contains("Таймер «Две недели работы» (Timer_Pause): «две недели» не читается")
                .contains("Элемент «Напомнить о плане» (Timer_PlanReminder): выражение «${planCalendar.due(execution)}»: компонент planCalendar не существует в приложении");
        assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("MigrationProbe").count()).isZero();
    }

    @Test
    void aFormBoundToTheDeploymentMustComeWithTheModel() throws IOException {
        repository.createDeployment().name(NAME).addInputStream("migration-probe.form", stream("migration-probe.form")).deploy();

        Http.Reply alone = deployAs("guardmethodologist", Map.of("migration-probe-v1.bpmn", resource("migration-probe-v1.bpmn")));
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.json().path("message").asText()).contains("Элемент «Составить план» (Task_Plan): форма «migration-probe» "
                + "привязана к развёртыванию (formRefBinding=\"deployment\"), а в этом развёртывании её нет: добавьте файл migration-probe.form.");

        String boundToLatest = text("migration-probe-v1.bpmn").replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"");
        assertThat(deployAs("guardmethodologist", Map.of("migration-probe-v1.bpmn", boundToLatest.getBytes(StandardCharsets.UTF_8))).status())
                .as("a form already deployed serves a model bound to its latest version").isEqualTo(200);
    }

    @Test
    void theJavaApiIsGuardedAlike() throws IOException {
        String broken = text("migration-probe-v1.bpmn").replace("${checkFormListener}", "${checkFormListenr}");

        assertThatThrownBy(() -> repository.createDeployment().name(NAME)
                .addString("migration-probe-v1.bpmn", broken)
                .addInputStream("migration-probe.form", stream("migration-probe.form"))
                .deploy())
                .isInstanceOf(Refused.class)
                .hasMessageContaining("«Составить план» (Task_Plan): компонент ${checkFormListenr} не существует в приложении.");
        assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();
    }

    @Test
    void onlyMethodologistsAndAdministratorsMayDeploy() throws IOException {
        Http.Reply curator = deployAs("guardcurator", Map.of(
                "migration-probe-v1.bpmn", resource("migration-probe-v1.bpmn"),
                "migration-probe.form", resource("migration-probe.form")));
        Http.Reply anonymous = new Http(port).postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", NAME),
                Map.of("migration-probe.form", resource("migration-probe.form")));

        assertThat(curator.status()).isEqualTo(403);
        assertThat(curator.json().path("message").asText()).startsWith("Развёртывать процессы могут только методисты и администраторы");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();
    }

    private Http.Reply deployAs(String login, Map<String, byte[]> files) {
        Map<String, String> fields = new LinkedHashMap<>();
        // the fields Camunda Modeler 5 sends
        fields.put("deployment-name", NAME);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "false");
        return new Http(port).as(login, TestPeople.password(login)).postMultipart("/engine-rest/deployment/create", fields, files);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static String text(String name) throws IOException {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    private static InputStream stream(String name) {
        return DeploymentGuardTest.class.getResourceAsStream("/migration/" + name);
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
