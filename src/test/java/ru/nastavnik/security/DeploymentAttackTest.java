package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * A methodologist changes the flow, never runs code on the server: every way a deployment once ran code is
 * tried through Camunda Modeler's endpoint, and each is refused in Russian naming the element, with nothing stored.
 */
@NastavnikTest
class DeploymentAttackTest {

    private static final String NAME = "deployment-attack-test";
    private static final String KEY = "AttackProbe";
    private static final Path MARKER = Path.of("target", "deployment-attack-ran");
    private static final String REFLECTION = "${execution.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
            + ".invoke(null).exec('touch " + MARKER.toAbsolutePath() + "')}";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Schools schools;

    @BeforeEach
    void people() throws IOException {
        TestPeople.ensure(engine.getIdentityService(), school(), "attackmethodologist", Role.METHODOLOGIST, "Орлова", "Инна");
        Files.deleteIfExists(MARKER);
    }

    @AfterEach
    void removeTestDeployments() {
        engine.getRepositoryService().createDeploymentQuery().deploymentName(NAME).list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    }

    static Stream<Arguments> attacks() {
        String attack = "Элемент «Атака» (Task_Attack): ";
        return Stream.of(
                Arguments.of("a script task in JUEL", step("<bpmn:scriptTask id=\"Task_Attack\" name=\"Атака\" scriptFormat=\"juel\">"
                        + "<bpmn:script>${execution.setVariable('x', 1)}</bpmn:script></bpmn:scriptTask>"), attack + "скрипты запрещены"),
                Arguments.of("a script task in FEEL", step("<bpmn:scriptTask id=\"Task_Attack\" name=\"Атака\" scriptFormat=\"feel\">"
                        + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>"), attack + "язык сценариев («feel») запрещён"),
                Arguments.of("a script task in JavaScript", step("<bpmn:scriptTask id=\"Task_Attack\" name=\"Атака\" scriptFormat=\"javascript\">"
                        + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>"), attack + "скрипты запрещены"),
                Arguments.of("an expression on the data source", step(service("camunda:expression=\"${dataSource.connection}\"")),
                        attack + "выражение «${dataSource.connection}»: компонент dataSource не входит в API процессов"),
                Arguments.of("an expression reading the users' table", step(service(
                        "camunda:expression=\"${jdbcTemplate.queryForList('select pwd_ from act_id_user')}\"")),
                        attack + "выражение «${jdbcTemplate.queryForList('select pwd_ from act_id_user')}»: компонент jdbcTemplate не входит"),
                Arguments.of("an expression making herself an administrator", step(service(
                        "camunda:expression=\"${identityService.createMembership('attackmethodologist','camunda-admin')}\"")),
                        attack + "выражение «${identityService.createMembership('attackmethodologist','camunda-admin')}»: компонент identityService не входит"),
                Arguments.of("reflection to an operating-system command", step(service("camunda:expression=\"" + REFLECTION + "\"")),
                        attack + "выражение «" + REFLECTION + "»: метод execution.getClass(…) недоступен в моделях"),
                Arguments.of("a Java class by name", step(service("camunda:class=\"org.camunda.bpm.engine.impl.util.ReflectUtil\"")),
                        attack + "атрибут camunda:class запрещён"),
                Arguments.of("a Java class in the engine's namespace of old", step(service(
                        "xmlns:activiti=\"http://activiti.org/bpmn\" activiti:class=\"org.camunda.bpm.engine.impl.util.ReflectUtil\"")),
                        attack + "атрибут camunda:class запрещён"),
                Arguments.of("an expression listener", step(manual("<camunda:executionListener event=\"start\" "
                        + "expression=\"${jdbcTemplate.execute('drop table nst_order')}\" />")), attack + "выражение «${jdbcTemplate.execute("),
                Arguments.of("an inline script listener", step(manual("<camunda:executionListener event=\"start\"><camunda:script "
                        + "scriptFormat=\"groovy\">'id'.execute()</camunda:script></camunda:executionListener>")), attack + "скрипты запрещены"),
                Arguments.of("an expression assignee", step("<bpmn:userTask id=\"Task_Attack\" name=\"Атака\" "
                        + "camunda:assignee=\"${identityService.setAuthenticatedUserId('admin')}\" />"),
                        attack + "выражение «${identityService.setAuthenticatedUserId('admin')}»"),
                Arguments.of("a timer", probe().replace("${planDue}", "${jdbcTemplate.queryForList('select 1')}"),
                        "Элемент «Напомнить о плане» (Timer_PlanReminder): выражение «${jdbcTemplate.queryForList('select 1')}»"),
                Arguments.of("an input mapping", step(manual("<camunda:inputOutput><camunda:inputParameter name=\"hashes\">"
                        + "${jdbcTemplate.queryForList('select pwd_ from act_id_user')}</camunda:inputParameter></camunda:inputOutput>")),
                        attack + "выражение «${jdbcTemplate.queryForList("),
                Arguments.of("a script input mapping", step(manual("<camunda:inputOutput><camunda:inputParameter name=\"x\">"
                        + "<camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:inputParameter></camunda:inputOutput>")),
                        attack + "скрипты запрещены"),
                Arguments.of("a connector", step(service("").replace(" />", "><bpmn:extensionElements><camunda:connector>"
                        + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>")),
                        attack + "коннекторы запрещены"),
                Arguments.of("an embedded HTML form", probe().replaceFirst(
                        Pattern.quote("camunda:formRef=\"migration-probe\" camunda:formRefBinding=\"deployment\""),
                        "camunda:formKey=\"embedded:deployment:steal.html\""),
                        "Элемент «Составить план» (Task_Plan): атрибут camunda:formKey запрещён"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void aDeploymentThatWouldRunCodeIsRefusedNamingTheElementAndNothingIsStored(String attack, String model, String problem) {
        Http.Reply reply = deploy(Map.of("attack-probe.bpmn", bytes(model), "migration-probe.form", resource("migration-probe.form")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("Развёртывание отклонено, ничего не сохранено.")
                .contains("attack-probe.bpmn: " + problem);
        assertNothingStored();
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").userId("attackmethodologist").count()).isZero();
        assertThat(MARKER).doesNotExist();
    }

    @Test
    void theSameModelWithoutTheAttackIsDeployed() {
        Http.Reply reply = deploy(Map.of("attack-probe.bpmn", bytes(probe()), "migration-probe.form", resource("migration-probe.form")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void theRefusalOfAPersonWhoMayNotDeployIsRussianOnTheNamedEnginePathToo() {
        TestPeople.ensure(engine.getIdentityService(), "attackcurator", "curator", "Белова", "Нина");
        Http.Reply reply = new Http(port).as("attackcurator", TestPeople.password("attackcurator")).postMultipart(
                "/engine-rest/engine/default/deployment/create", Map.of("deployment-name", NAME),
                Map.of("attack-probe.bpmn", bytes(probe()), "migration-probe.form", resource("migration-probe.form")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("message").asText()).startsWith("Развёртывать процессы могут только методисты и администраторы");
        assertNothingStored();
    }

    @Test
    void caseModelsAndFilesOfOtherKindsAreRefused() {
        Http.Reply cmmn = deploy(Map.of("case.cmmn", bytes("<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" id=\"D\">"
                + "<case id=\"Case_Attack\"><casePlanModel id=\"Plan\" /></case></definitions>")));
        Http.Reply script = deploy(Map.of("steal.html", bytes("<script>fetch('/engine-rest/user')</script>")));

        assertThat(cmmn.status()).isEqualTo(400);
        assertThat(cmmn.json().path("message").asText()).contains("case.cmmn: модели CMMN не поддерживаются: процессы описываются в BPMN.");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.json().path("message").asText()).contains("steal.html: в развёртывание включаются только модели BPMN");
        assertNothingStored();
        assertThat(engine.getRepositoryService().createCaseDefinitionQuery().count()).as("CMMN is off engine-wide").isZero();
    }

    @Test
    void aDecisionTableIsDeployedOnlyInFeelWithoutFunctions() {
        Http.Reply juel = deploy(Map.of("attack.dmn", bytes(dmn("expressionLanguage=\"juel\"", "${jdbcTemplate.queryForList('select 1')}"))));
        Http.Reply function = deploy(Map.of("attack.dmn", bytes(dmn("",
                "function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}"))));
        assertThat(juel.status()).isEqualTo(400);
        assertThat(juel.json().path("message").asText()).contains("attack.dmn: Элемент Entry_Attack: выражение «${jdbcTemplate.queryForList('select 1')}»");
        assertThat(function.status()).isEqualTo(400);
        assertThat(function.json().path("message").asText()).contains("attack.dmn: Элемент Entry_Attack: определения функций в FEEL запрещены.");
        assertNothingStored();

        Http.Reply feel = deploy(Map.of("attack.dmn", bytes(dmn("", "&gt; 3"))));
        assertThat(feel.status()).as(feel.body()).isEqualTo(200);
    }

    @Test
    void aDeeplyNestedFileIsRefusedBeforeItIsParsed() {
        String deep = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">" + "<x>".repeat(50_000)
                + "</x>".repeat(50_000) + "</bpmn:definitions>";

        Http.Reply reply = deploy(Map.of("deep.bpmn", bytes(deep)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).contains("deep.bpmn: вложенность элементов глубже 64 уровней.");
        assertNothingStored();
    }

    @Test
    void aModelStoredBeforeTheRulesThatBreaksThemCannotBeStarted() {
        Deployment deployment = engine.getRepositoryService().createDeployment().name(NAME)
                .addString("attack-probe.bpmn", probe())
                .addInputStream("migration-probe.form", new java.io.ByteArrayInputStream(resource("migration-probe.form")))
                .deploy();
        // as an earlier release, or a write behind the engine's back, would have left it
        String poisoned = probe().replace("camunda:candidateGroups=\"${execution.tenantId}-curator\"", "camunda:candidateGroups=\"" + REFLECTION + "\"");
        assertThat(jdbc.update("update act_ge_bytearray set bytes_ = ? where deployment_id_ = ? and name_ = ?",
                bytes(poisoned), deployment.getId(), "attack-probe.bpmn")).isEqualTo(1);
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache().discardProcessDefinitionCache();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY))
                .isInstanceOf(Refused.class)
                .hasMessageStartingWith("Модель нарушает правила развёртывания и не выполняется")
                .hasMessageContaining("attack-probe.bpmn: Элемент «Составить план» (Task_Plan): выражение «" + REFLECTION + "»");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(MARKER).doesNotExist();
    }

    @Test
    void theEngineResolvesOnlyTheProcessApiInExpressions() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Object delegate = configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
                .createExpression("${checkFormListener}").getValue(StartProcessVariableScope.getSharedInstance()));
        assertThat(delegate).as("a listener of ours").isNotNull();

        for (String bean : new String[] {"dataSource", "jdbcTemplate", "identityService", "processEngine"}) {
            assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
                    .createExpression("${" + bean + "}").getValue(StartProcessVariableScope.getSharedInstance())))
                    .as(bean).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Unknown property used in expression");
        }
    }

    /** This class's school: the methodologist's, whom a deployment for it is allowed. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }

    private void assertNothingStored() {
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(NAME).count()).isZero();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
    }

    private Http.Reply deploy(Map<String, byte[]> files) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", NAME);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "false");
        fields.put("tenant-id", school().id());
        return new Http(port).as("attackmethodologist", TestPeople.password("attackmethodologist"))
                .postMultipart("/engine-rest/deployment/create", fields, files);
    }

    /** The migration probe as process AttackProbe, with one step between the plan and the pause. */
    private static String step(String element) {
        return probe().replace("<bpmn:sequenceFlow id=\"Flow_ToPause\" sourceRef=\"Task_Plan\" targetRef=\"Timer_Pause\" />",
                "<bpmn:sequenceFlow id=\"Flow_ToPause\" sourceRef=\"Task_Plan\" targetRef=\"Task_Attack\" />" + element
                        + "<bpmn:sequenceFlow id=\"Flow_AfterAttack\" sourceRef=\"Task_Attack\" targetRef=\"Timer_Pause\" />");
    }

    private static String service(String attributes) {
        return "<bpmn:serviceTask id=\"Task_Attack\" name=\"Атака\" " + attributes + " />";
    }

    private static String manual(String extensions) {
        return "<bpmn:manualTask id=\"Task_Attack\" name=\"Атака\"><bpmn:extensionElements>" + extensions
                + "</bpmn:extensionElements></bpmn:manualTask>";
    }

    private static String probe() {
        return new String(resource("migration-probe-v1.bpmn"), StandardCharsets.UTF_8)
                .replace("id=\"MigrationProbe\"", "id=\"" + KEY + "\"").replace("bpmnElement=\"MigrationProbe\"", "bpmnElement=\"" + KEY + "\"");
    }

    private static String dmn(String language, String entry) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
                + "id=\"Definitions_Attack\" name=\"Проверка\" namespace=\"http://nastavnik.ru/dmn/test\" " + language + ">"
                + "<decision id=\"Decision_Attack\" name=\"Проверка\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" "
                + "camunda:historyTimeToLive=\"P1D\"><decisionTable id=\"Table_Attack\">"
                + "<input id=\"Input_Attack\"><inputExpression id=\"Expression_Attack\" typeRef=\"integer\"><text>a</text></inputExpression></input>"
                + "<output id=\"Output_Attack\" name=\"r\" typeRef=\"integer\" /><rule id=\"Rule_Attack\">"
                + "<inputEntry id=\"Entry_Attack\"><text>" + entry + "</text></inputEntry>"
                + "<outputEntry id=\"Out_Attack\"><text>1</text></outputEntry></rule></decisionTable></decision></definitions>";
    }

    private static byte[] resource(String name) {
        try (InputStream in = DeploymentAttackTest.class.getResourceAsStream("/migration/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
