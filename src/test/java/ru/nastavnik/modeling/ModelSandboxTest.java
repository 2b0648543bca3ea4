package ru.nastavnik.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The closed set a deployment may hold, read as plain XML: every attack shape refused, every model of ours let through. */
class ModelSandboxTest {

    private static final Set<String> API = Set.of("pairPeople", "pairCalendar", "programmeCalendar", "programmeStages", "consentStatus",
            "mentorApprovalCalendar", "monitoringSchedule", "monitoringSchools", "schoolVersions");
    private static final Set<String> OTHER_BEANS = Set.of("dataSource", "jdbcTemplate", "identityService", "mentors");

    private final ExpressionCheck expressions = new ExpressionCheck(
            name -> API.contains(name) || name.endsWith("Delegate") || name.endsWith("Listener"),
            name -> OTHER_BEANS.contains(name) || API.contains(name));
    private final ModelSandbox sandbox = new ModelSandbox(expressions);

    @ParameterizedTest
    @ValueSource(strings = {"${checkFormListener}", "${curator}", "#{execution.processBusinessKey}",
            "${pairPeople.mentor(pair.mentorId)}", "${execution.getVariable('curator')}",
            "${execution.setVariable('pairId', pair.pairId)}", "${dateTime().plusWeeks(2).toDate()}",
            "${consentedPairCount > 0}", "${registerDecision == 'approve'}", "${!swotAccepted}",
            "${execution.getVariable('terminationSigned') == true}", "${programmeCalendar.overdue(execution, 'PAIRS_FORMED')}",
            "${monitoringSchedule.cycle()}", "Привет, ${pair.mentorName}!", "${a ? 'да' : 'нет'}", "${empty pair.menteeIds}",
            "${mentors}", "${pair.menteeIds[0]}", "${x} и ${y}", "${'}'}"})
    void theExpressionsOurModelsWriteAreAllowed(String expression) {
        assertThat(expressions.problem(expression)).as(expression).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${execution.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
            "${dataSource.connection}", "${jdbcTemplate.queryForList('select * from act_id_user')}",
            "${identityService.createMembership('methodologist','camunda-admin')}",
            "${execution.processEngineServices.identityService}", "${execution.processEngine}",
            "${pair.class.classLoader}", "${pair['class']}", "${pair[field]}", "${''.getClass()}",
            "${pairPeople.mentor(x).getClass()}", "${pairPeople.class}", "${S(x).prop('a')}", "${now().time}",
            "${dateTime().getClass()}", "${execution.getProcessEngine()}", "${task.execution.processInstance}",
            "${x = 1}", "${(x -> x)(1)}", "${1 + }", "${pair.mentorId"})
    void anythingElseIsRefused(String expression) {
        assertThat(expressions.problem(expression)).as(expression).isPresent();
    }

    @Test
    void theRefusalSaysWhyInRussian() {
        assertThat(expressions.problem("${jdbcTemplate.queryForList('x')}")).contains(
                "выражение «${jdbcTemplate.queryForList('x')}»: компонент jdbcTemplate не входит в API процессов: модели "
                        + "вызывают только делегаты, слушатели и помеченные для процессов компоненты.");
        assertThat(expressions.problem("${execution.getClass()}")).contains("выражение «${execution.getClass()}»: метод "
                + "execution.getClass(…) недоступен в моделях; допускаются getVariable, setVariable и чтение ключа процесса.");
    }

    @Test
    void scriptsClassesConnectorsAndEmbeddedFormsAreRefusedNamingTheElement() {
        String model = bpmn("""
                <bpmn:scriptTask id="Task_Script" name="Сценарий" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                <bpmn:serviceTask id="Task_Class" name="Класс" camunda:class="java.lang.Runtime" />
                <bpmn:serviceTask id="Task_OldClass" name="Старый класс" xmlns:activiti="http://activiti.org/bpmn" activiti:class="java.lang.Runtime" />
                <bpmn:userTask id="Task_Embedded" name="Форма" camunda:formKey="embedded:deployment:x.html" camunda:assignee="${curator}">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create"><camunda:script scriptFormat="juel">${1}</camunda:script></camunda:taskListener>
                    <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_Script" sourceRef="Task_Script" targetRef="Task_Class">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                """);
        assertThat(sandbox.problems(ModelSandbox.Kind.BPMN, bytes(model))).containsExactly(
                "Элемент «Сценарий» (Task_Script): скрипты запрещены: сервер не выполняет код из моделей, вызовите делегат в виде ${имяКомпонента}.",
                "Элемент «Сценарий» (Task_Script): язык сценариев («javascript») запрещён: условия и действия пишутся выражениями ${…}.",
                "Элемент «Сценарий» (Task_Script): скрипты запрещены: сервер не выполняет код из моделей, вызовите делегат в виде ${имяКомпонента}.",
                "Элемент «Класс» (Task_Class): атрибут camunda:class запрещён: классы Java по имени не вызываются, укажите делегат в виде ${имяКомпонента}.",
                "Элемент «Старый класс» (Task_OldClass): атрибут camunda:class запрещён: классы Java по имени не вызываются, укажите делегат в виде ${имяКомпонента}.",
                "Элемент «Форма» (Task_Embedded): атрибут camunda:formKey запрещён: встроенные HTML-формы выполняют код в браузере, используйте Camunda Forms (camunda:formRef).",
                "Элемент «Форма» (Task_Embedded): скрипты запрещены: сервер не выполняет код из моделей, вызовите делегат в виде ${имяКомпонента}.",
                "Элемент «Форма» (Task_Embedded): язык сценариев («juel») запрещён: условия и действия пишутся выражениями ${…}.",
                "Элемент «Форма» (Task_Embedded): коннекторы запрещены: обращения к другим системам делает делегат приложения.",
                "Элемент Flow_Script: язык сценариев («groovy») запрещён: условия и действия пишутся выражениями ${…}.");
    }

    @Test
    void expressionsAreCheckedWhereverTheEngineReadsThem() {
        String model = bpmn("""
                <bpmn:userTask id="Task_Assignee" name="Исполнитель" camunda:assignee="${identityService.createMembership('a','camunda-admin')}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput><camunda:inputParameter name="x">${jdbcTemplate.queryForList('select 1')}</camunda:inputParameter></camunda:inputOutput>
                    <camunda:executionListener event="start" expression="${execution.getClass()}" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:intermediateCatchEvent id="Timer_Wait" name="Ждать"><bpmn:timerEventDefinition>
                  <bpmn:timeDuration>${dataSource.connection}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
                <bpmn:documentation>${это текст для людей}</bpmn:documentation>
                """);
        List<String> problems = sandbox.problems(ModelSandbox.Kind.BPMN, bytes(model));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("Элемент «Исполнитель» (Task_Assignee): выражение «${identityService.createMembership('a','camunda-admin')}»: компонент identityService не входит в API процессов");
        assertThat(problems.get(1)).startsWith("Элемент «Исполнитель» (Task_Assignee): выражение «${jdbcTemplate.queryForList('select 1')}»");
        assertThat(problems.get(2)).startsWith("Элемент «Исполнитель» (Task_Assignee): выражение «${execution.getClass()}»");
        assertThat(problems.get(3)).startsWith("Элемент «Ждать» (Timer_Wait): выражение «${dataSource.connection}»");
    }

    @Test
    void aDeepOrHugeOrDoctypedFileIsRefusedBeforeAnythingParsesIt() {
        String deep = "<a>".repeat(50_000) + "</a>".repeat(50_000);
        assertThat(sandbox.problems(ModelSandbox.Kind.BPMN, bytes(deep)))
                .containsExactly("вложенность элементов глубже 64 уровней.");
        assertThat(sandbox.problems(ModelSandbox.Kind.BPMN, new byte[ModelSandbox.MAX_BYTES + 1]))
                .containsExactly("файл больше 2 МБ.");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"xxxxxxxx\">]><a>&x;</a>";
        assertThat(sandbox.problems(ModelSandbox.Kind.BPMN, bytes(laughs))).containsExactly("объявление DOCTYPE в файле BPMN запрещено.");
        assertThat(ModelSandbox.formProblems(bytes("[".repeat(10_000) + "]".repeat(10_000))))
                .containsExactly("вложенность глубже 64 уровней.");
    }

    @Test
    void decisionTablesOnlyInFeelWithoutFunctionsOrInCheckedJuel() {
        String feel = dmn("", "<inputEntry id=\"In_1\"><text>&gt; 3</text></inputEntry>");
        assertThat(sandbox.problems(ModelSandbox.Kind.DMN, bytes(feel))).isEmpty();
        String juel = dmn(" expressionLanguage=\"juel\"", "<inputEntry id=\"In_1\"><text>${execution.getClass()}</text></inputEntry>");
        assertThat(sandbox.problems(ModelSandbox.Kind.DMN, bytes(juel))).singleElement().asString()
                .startsWith("Элемент In_1: выражение «${execution.getClass()}»");
        String script = dmn(" expressionLanguage=\"javascript\"", "<inputEntry id=\"In_1\"><text>1</text></inputEntry>");
        assertThat(sandbox.problems(ModelSandbox.Kind.DMN, bytes(script))).singleElement().asString()
                .contains("язык выражений «javascript» запрещён");
        String function = dmn("", "<inputEntry id=\"In_1\"><text>function(x) external {java: {class: \"java.lang.Runtime\"}}</text></inputEntry>");
        assertThat(sandbox.problems(ModelSandbox.Kind.DMN, bytes(function))).containsExactly(
                "Элемент In_1: определения функций в FEEL запрещены.");
    }

    @Test
    void formsMayNotShowForeignContent() {
        assertThat(ModelSandbox.formProblems(bytes("{\"components\":[{\"type\":\"iframe\",\"url\":\"http://x\"}]}")))
                .containsExactly("поле типа «iframe» запрещено: форма показывает только свои поля и текст.");
    }

    @Test
    void everyModelAndFormOfOursKeepsToTheSandbox() throws IOException {
        for (Path folder : List.of(Path.of("processes"), Path.of("src/test/resources/migration"), Path.of("src/test/resources/bpmn"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                    assertThat(sandbox.problems(ModelSandbox.Kind.BPMN, Files.readAllBytes(file))).as(file.toString()).isEmpty();
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.toList()) {
                assertThat(ModelSandbox.formProblems(Files.readAllBytes(file))).as(file.toString()).isEmpty();
            }
        }
    }

    private static String bpmn(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D">
                  <bpmn:process id="P" isExecutable="true">
                """ + body + """
                  </bpmn:process>
                </bpmn:definitions>
                """;
    }

    private static String dmn(String language, String entry) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"D\" name=\"d\" namespace=\"x\"" + language
                + "><decision id=\"Decision_1\" name=\"Р\" camunda:historyTimeToLive=\"P1D\">"
                + "<decisionTable id=\"T\"><input id=\"I\"><inputExpression id=\"E\"><text>a</text></inputExpression></input>"
                + "<output id=\"O\" name=\"r\"/><rule id=\"R\">" + entry + "<outputEntry id=\"Out_1\"><text>1</text></outputEntry>"
                + "</rule></decisionTable></decision></definitions>";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
