package ru.nastavnik.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import ru.nastavnik.form.FormRule;
import ru.nastavnik.support.NastavnikTest;

/** Every model in processes/ and every form in forms/ follows the rules, checked against the running application's beans. */
@NastavnikTest
class ProcessModelTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** The form-js schema Tasklist 7.24 renders (form-js 1.8.7). */
    private static final int TASKLIST_SCHEMA_VERSION = 16;

    @Autowired
    ApplicationContext application;

    @Test
    void everyProcessModelFollowsTheRules() throws IOException {
        List<Path> models = files(PROCESSES, ".bpmn");
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            assertThat(rules().check(Bpmn.readModelFromFile(model.toFile()))).as(model.toString()).isEmpty();
        }
    }

    @Test
    void everyFormIsNamedByItsIdAndLabelledInRussian() throws IOException {
        for (Path form : files(FORMS, ".form")) {
            JsonNode schema = JSON.readTree(form.toFile());
            assertThat(schema.path("id").asText() + ".form").as("form id of " + form).isEqualTo(form.getFileName().toString());
            assertThat(schema.path("schemaVersion").asInt()).as("schema version of " + form).isLessThanOrEqualTo(TASKLIST_SCHEMA_VERSION);
            for (JsonNode field : schema.path("components")) {
                if (field.has("key")) {
                    String label = field.path("label").asText(field.path("dateLabel").asText());
                    assertThat(CYRILLIC.matcher(label).find()).as("Russian label of " + field.get("key") + " in " + form).isTrue();
                }
            }
        }
    }

    @Test
    void theRulesNameTheElementThatBreaksThem() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("mentoring-programme.bpmn").toFile());
        UserTask appoint = model.getModelElementById("Task_AppointCurator");
        appoint.setCamundaCandidateGroups(null);
        appoint.setCamundaFormRef("appoint-someone");
        ServiceTask letter = model.getModelElementById("ServiceTask_SendInformationLetter");
        letter.setCamundaDelegateExpression("${sendPostcardDelegate}");
        model.<UserTask>getModelElementById("Task_DefineRewards").setName("Define rewards");

        assertThat(rules().check(model)).containsExactlyInAnyOrder(
                "Задача «Назначить куратора программы и рабочую группу» (Task_AppointCurator): не указан исполнитель или группа кандидатов.",
                "Элемент «Назначить куратора программы и рабочую группу» (Task_AppointCurator): форма «appoint-someone» не найдена среди форм.",
                "Элемент «Разослать информационное письмо педагогам» (ServiceTask_SendInformationLetter): компонент ${sendPostcardDelegate} не существует в приложении.",
                "Элемент «Define rewards» (Task_DefineRewards): нужно русское название, его видят пользователи.");
    }

    @Test
    void aBeanThatWritesIsRefusedAsAListener() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("order-signing.bpmn").toFile());
        UserTask sign = model.getModelElementById("Task_SignOrder");
        CamundaTaskListener signing = model.newInstance(CamundaTaskListener.class);
        signing.setCamundaEvent("complete");
        signing.setCamundaDelegateExpression("${signOrderDelegate}");
        sign.getExtensionElements().addChildElement(signing);

        assertThat(rules().checkBeforeDeployment(model)).containsExactly("Элемент «Подписать приказ» (Task_SignOrder): компонент "
                + "${signOrderDelegate} не может быть слушателем — он записывает данные. Запись делается в служебной задаче "
                + "(serviceTask) на схеме, сразу после шага; слушатели только читают и проверяют.");
    }

    @Test
    void aCandidateGroupOfEverySchoolIsRefused() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("order-signing.bpmn").toFile());
        model.<UserTask>getModelElementById("Task_SignOrder").setCamundaCandidateGroups("director");

        assertThat(rules().checkBeforeDeployment(model)).containsExactly("Задача «Подписать приказ» (Task_SignOrder): группа "
                + "кандидатов «director» — это роль во всех школах, задачу увидели бы и чужие школы. Укажите группу школы "
                + "процесса: ${execution.tenantId}-director.");
    }

    @Test
    void aStepWhoseFormHasRulesIsRefusedWithoutTheFormCheck() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("order-signing.bpmn").toFile());
        UserTask sign = model.getModelElementById("Task_SignOrder");
        sign.getExtensionElements().getChildElementsByType(CamundaTaskListener.class)
                .forEach(listener -> sign.getExtensionElements().removeChildElement(listener));

        assertThat(rules().checkBeforeDeployment(model)).containsExactly("Задача «Подписать приказ» (Task_SignOrder): форма не "
                + "проверяется на сервере, и правила формы «sign-order» не действуют — нужен слушатель ${checkFormListener} "
                + "на событие complete.");
    }

    @Test
    void everyFormRuleChecksAFormThatAStepOfAModelUses() throws IOException {
        Set<String> used = new java.util.HashSet<>();
        for (Path model : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
            bpmn.getModelElementsByType(UserTask.class).forEach(task -> used.add(task.getCamundaFormRef()));
            bpmn.getModelElementsByType(StartEvent.class).forEach(start -> used.add(start.getCamundaFormRef()));
        }
        assertThat(application.getBeansOfType(FormRule.class).values())
                .allSatisfy(rule -> assertThat(used).as(rule.getClass().getSimpleName() + " checks a form no step uses").contains(rule.formId()));
    }

    @Test
    void onlyTheListenersThatReadMayListen() {
        ProcessApiBeans api = new ProcessApiBeans(application);
        Set<String> listeners = api.names().stream()
                .filter(name -> TaskListener.class.isAssignableFrom(application.getType(name))
                        || ExecutionListener.class.isAssignableFrom(application.getType(name)))
                .collect(Collectors.toSet());
        assertThat(listeners).allMatch(api::mayListen);
        assertThat(api.mayListen("signOrderDelegate")).isFalse();
    }

    @Test
    void theRulesReadEveryTimer() throws IOException {
        assertThat(timerProblems("<bpmn:timeDuration>P14D</bpmn:timeDuration>")).isEmpty();
        assertThat(timerProblems("<bpmn:timeCycle>R3/P1D</bpmn:timeCycle>")).isEmpty();
        assertThat(timerProblems("<bpmn:timeCycle>0 0 9 * * ?</bpmn:timeCycle>")).isEmpty();
        assertThat(timerProblems("<bpmn:timeDate>2025-09-15T09:00:00</bpmn:timeDate>")).isEmpty();
        assertThat(timerProblems("<bpmn:timeDate>${pauseEnds}</bpmn:timeDate>")).as("a variable").isEmpty();
        assertThat(timerProblems("<bpmn:timeDate>${programmeCalendar.overdue(execution, 'PAIRS_FORMED')}</bpmn:timeDate>")).isEmpty();

        assertThat(timerProblems("<bpmn:timeDuration>две недели</bpmn:timeDuration>")).containsExactly(
                "Таймер «Две недели работы» (Timer_Pause): «две недели» не читается: нужна длительность ISO 8601, например P14D или PT2H.");
        assertThat(timerProblems("<bpmn:timeDate>2025-13-45</bpmn:timeDate>")).containsExactly(
                "Таймер «Две недели работы» (Timer_Pause): «2025-13-45» не читается: нужна дата ISO 8601, например 2025-09-15T09:00:00.");
        assertThat(timerProblems("<bpmn:timeCycle>каждый понедельник</bpmn:timeCycle>")).hasSize(1);
        assertThat(timerProblems("<bpmn:timeDate>${calendar.pauseEnds(execution)}</bpmn:timeDate>")).containsExactly(
                "Элемент «Две недели работы» (Timer_Pause): выражение «${calendar.pauseEnds(execution)}»: компонент calendar не "
                        + "существует в приложении, а у переменных нельзя вызывать методы.");
        assertThat(timerProblems("<bpmn:timeDate>${pauseEnds</bpmn:timeDate>")).hasSize(1);
    }

    /** What the deployment rules say of the test-only migration probe with its pause timer written as given. */
    private List<String> timerProblems(String definition) throws IOException {
        String probe;
        try (InputStream in = getClass().getResourceAsStream("/migration/migration-probe-v1.bpmn")) {
            probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = probe.replace("<bpmn:timeDuration>P14D</bpmn:timeDuration>", definition);
        byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
        ProcessApiBeans api = new ProcessApiBeans(application);
        List<String> problems = new ArrayList<>(new ModelRules(api.ruleBeans(), Set.of("migration-probe")).checkBeforeDeployment(model));
        problems.addAll(new ModelSandbox(new ExpressionCheck(api::contains, api::isSpringBean)).problems(ModelSandbox.Kind.BPMN, bytes));
        return problems;
    }

    private ModelRules rules() throws IOException {
        Set<String> formIds;
        try (Stream<Path> forms = files(FORMS, ".form").stream()) {
            formIds = forms.map(path -> path.getFileName().toString().replace(".form", "")).collect(Collectors.toSet());
        }
        ProcessApiBeans api = new ProcessApiBeans(application);
        return new ModelRules(api.ruleBeans(), formIds);
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
