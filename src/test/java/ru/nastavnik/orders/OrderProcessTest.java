package ru.nastavnik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.form.FormRejectedException;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.Rejections;
import ru.nastavnik.support.TestPeople;

/** A process issues an order through issueOrderDelegate; the director signs it or returns it on the sign-order form. */
@NastavnikTest
@Deployment(resources = {"bpmn/issue-order-probe.bpmn", "forms/sign-order.form"})
class OrderProcessTest {

    private static final ClassData DATA = ClassData.of(OrderProcessTest.class);

    @RegisterExtension
    final ProcessEngineExtension engine;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final IdentityService identity;

    @Autowired
    Orders orders;

    @Autowired
    OrderProcessTest(ProcessEngine processEngine) {
        this.engine = ProcessEngineExtension.builder().useProcessEngine(processEngine);
        this.runtime = processEngine.getRuntimeService();
        this.tasks = processEngine.getTaskService();
        this.forms = processEngine.getFormService();
        this.history = processEngine.getHistoryService();
        this.identity = processEngine.getIdentityService();
    }

    @BeforeEach
    void staff() {
        TestPeople.ensure(identity, "orderdirector", "director", "Смирнова", "Ольга Викторовна");
        TestPeople.ensure(identity, "ordercurator", "curator", "Кузнецова", "Марина Игоревна");
    }

    @Test
    void theDelegateDraftsTheOrderAndLeavesItsTitleAndAddressOnTheProcess() throws Exception {
        String school = DATA.school("Школа процесса приказов");
        ProcessInstance process = start(school);

        String id = (String) runtime.getVariable(process.getId(), "orderId");
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(runtime.getVariable(process.getId(), "orderNumber")).as("a draft has no number").isNull();
        assertThat(runtime.getVariable(process.getId(), "orderTitle"))
                .isEqualTo("Проект приказа «О формировании наставнических пар (групп)»");
        assertThat(runtime.getVariable(process.getId(), "orderDownloadUrl")).isEqualTo("/orders/" + id + "/document");

        OrderRecord order = orders.find(id).orElseThrow();
        assertThat(order.kind()).isEqualTo(OrderKind.FORM_PAIRS);
        assertThat(order.schoolName()).isEqualTo(school);
        assertThat(order.schoolYear()).isEqualTo("2026/2027");
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.processInstanceId()).isEqualTo(process.getId());
        assertThat(order.signerName()).isEqualTo(firstDirectorName());
        assertThat(order.body()).contains("Куратору программы наставничества Кузнецова Марина Игоревна",
                "Иванов Сергей Петрович | Орлова Дарья Андреевна | педагог — педагог | 9");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(orders.document(id)))) {
            assertThat(document.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("Иванов Сергей Петрович");
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText()).contains("№ ____");
        }
        assertThat(today).isNotBlank();
    }

    @Test
    void theDirectorSignsTheOrder() {
        ProcessInstance process = start(DATA.school("Школа подписанных приказов"));
        String id = (String) runtime.getVariable(process.getId(), "orderId");
        Task sign = signingTask(process);
        tasks.setAssignee(sign.getId(), "orderdirector");

        identity.setAuthenticatedUserId("orderdirector");
        try {
            forms.submitTaskForm(sign.getId(), Map.of("orderDecision", "sign"));
        } finally {
            identity.clearAuthentication();
        }

        OrderRecord order = orders.find(id).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.SIGNED);
        assertThat(order.number()).isEqualTo(1);
        assertThat(order.signedBy()).isEqualTo("orderdirector");
        assertThat(order.signedAt()).isNotNull();
        assertThat(orderSigned(process)).isEqualTo(true);
    }

    @Test
    void theDirectorReturnsTheOrderWithAComment() {
        ProcessInstance process = start(DATA.school("Школа возвращённых приказов"));
        String id = (String) runtime.getVariable(process.getId(), "orderId");

        forms.submitTaskForm(signingTask(process).getId(),
                Map.of("orderDecision", "return", "orderReturnComment", "Добавьте вторую пару."));

        OrderRecord order = orders.find(id).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(order.returnComment()).isEqualTo("Добавьте вторую пару.");
        assertThat(order.signedBy()).isNull();
        assertThat(orderSigned(process)).isEqualTo(false);
    }

    @Test
    void returningWithoutACommentIsRejectedAndChangesNothing() {
        ProcessInstance process = start(DATA.school("Школа приказов без комментария"));
        String id = (String) runtime.getVariable(process.getId(), "orderId");
        Task sign = signingTask(process);

        FormRejectedException rejection = Rejections.rejectionOf(() ->
                forms.submitTaskForm(sign.getId(), Map.of("orderDecision", "return", "orderReturnComment", "  ")));

        assertThat(rejection.problems()).containsExactly("Укажите, что исправить в приказе.");
        assertThat(tasks.createTaskQuery().taskId(sign.getId()).count()).isEqualTo(1);
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(runtime.getVariable(process.getId(), "orderSigned")).isNull();
    }

    @Test
    void aDecisionOutsideTheFormsChoicesIsRejected() {
        ProcessInstance process = start(DATA.school("Школа странных решений"));

        FormRejectedException rejection = Rejections.rejectionOf(() ->
                forms.submitTaskForm(signingTask(process).getId(), Map.of("orderDecision", "burn")));

        assertThat(rejection.problems()).containsExactly("В поле «Решение» выбрано значение не из списка.");
    }

    private ProcessInstance start(String school) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("schoolName", school);
        variables.put("schoolYear", "2026/2027");
        variables.put("curator", "ordercurator");
        variables.put("pairs", SpinValues.jsonValue("[{\"mentorName\": \"Иванов Сергей Петрович\", "
                + "\"menteeNames\": [\"Орлова Дарья Андреевна\"], \"months\": 9, \"form\": \"teacherTeacher\"}]").create());
        return runtime.startProcessInstanceByKey("IssueOrderProbe", variables);
    }

    private Task signingTask(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_SignOrder").singleResult();
    }

    private Object orderSigned(ProcessInstance process) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).variableName("orderSigned")
                .singleResult().getValue();
    }

    private String firstDirectorName() {
        User director = identity.createUserQuery().memberOfGroup("director").orderByUserId().asc().listPage(0, 1).get(0);
        return director.getLastName() + " " + director.getFirstName();
    }
}
