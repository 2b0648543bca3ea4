package ru.nastavnik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
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
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.common.Refused;
import ru.nastavnik.common.RussianDates;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.Rejections;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.identity.Role;

/**
 * The real {@code processes/order-signing.bpmn} as deployed at start: it drafts the order, the director signs it or
 * returns it on the sign-order form, a returned draft goes to rework.
 */
@NastavnikTest
class OrderProcessTest {

    @Autowired
    Schools schools;

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
    Clock clock;

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
        TestPeople.ensure(identity, school(), "orderdirector", Role.DIRECTOR, "Смирнова", "Ольга Викторовна");
        TestPeople.ensure(identity, school(), "ordercurator", Role.CURATOR, "Кузнецова", "Марина Игоревна");
    }

    @Test
    void theDelegateDraftsTheOrderAndLeavesItsTitleAndAddressOnTheProcess() throws Exception {
        String school = DATA.school("Школа процесса приказов");
        ProcessInstance process = start(school);

        String id = (String) runtime.getVariable(process.getId(), "orderId");
        String today = RussianDates.format(LocalDate.now(clock));
        assertThat(runtime.getVariable(process.getId(), "orderNumber")).as("a draft has no number").isNull();
        assertThat(runtime.getVariable(process.getId(), "orderTitle"))
                .isEqualTo("Проект приказа «О формировании наставнических пар (групп)»");
        assertThat(runtime.getVariable(process.getId(), "orderDownloadUrl")).isEqualTo("/orders/" + id + "/document?school=" + school().id());

        OrderRecord order = orders.find(school().id(), id).orElseThrow();
        assertThat(order.kind()).isEqualTo(OrderKind.FORM_PAIRS);
        assertThat(order.schoolName()).isEqualTo(school);
        assertThat(order.schoolYear()).isEqualTo("2026/2027");
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.processInstanceId()).isEqualTo(process.getId());
        assertThat(order.signerName()).isEqualTo(firstDirectorName());
        assertThat(order.body()).contains("Куратору программы наставничества Кузнецова Марина Игоревна",
                "Иванов Сергей Петрович | Орлова Дарья Андреевна | педагог — педагог | 9");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(orders.document(school().id(), id)))) {
            assertThat(document.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("Иванов Сергей Петрович");
            assertThat(text(document)).as("a draft is dated today and has no number yet").contains(today, "№ ____");
        }
        assertThat(signingTask(process).getName()).isEqualTo("Подписать приказ");
    }

    @Test
    void theDirectorSignsTheOrder() throws Exception {
        ProcessInstance process = start(DATA.school("Школа подписанных приказов"));
        String id = (String) runtime.getVariable(process.getId(), "orderId");
        Task sign = signingTask(process);
        tasks.setAssignee(sign.getId(), "orderdirector");

        TestPeople.authenticate(identity, "orderdirector");
        try {
            forms.submitTaskForm(sign.getId(), Map.of("orderDecision", "sign"));
        } finally {
            identity.clearAuthentication();
        }

        OrderRecord order = orders.find(school().id(), id).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.SIGNED);
        assertThat(order.number()).as("the school's first order of the year").isEqualTo(1);
        assertThat(order.signedBy()).isEqualTo("orderdirector");
        assertThat(order.signedAt()).isNotNull();
        assertThat(order.fullTitle()).isEqualTo("Приказ № 1 от " + RussianDates.format(LocalDate.now(clock))
                + " «О формировании наставнических пар (групп)»");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(orders.document(school().id(), id)))) {
            assertThat(text(document)).as("the document is printed again with its number").contains("№ 1").doesNotContain("№ ____");
        }
        assertThat(endedAt(process)).containsExactly("Приказ подписан");
    }

    @Test
    void theDirectorReturnsTheOrderWithAComment() {
        ProcessInstance process = start(DATA.school("Школа возвращённых приказов"));
        String id = (String) runtime.getVariable(process.getId(), "orderId");

        forms.submitTaskForm(signingTask(process).getId(),
                Map.of("orderDecision", "return", "orderReturnComment", "Добавьте вторую пару."));

        OrderRecord order = orders.find(school().id(), id).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(order.returnComment()).isEqualTo("Добавьте вторую пару.");
        assertThat(order.number()).as("a returned draft never takes a number").isNull();
        assertThat(order.signedBy()).isNull();
        Task rework = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
        assertThat(rework.getName()).isEqualTo("Доработать проект приказа");
        assertThat(tasks.createTaskQuery().taskId(rework.getId()).taskCandidateGroup(SchoolGroups.groupId(school().id(), Role.CURATOR)).count()).isEqualTo(1);
    }

    @Test
    void returningWithoutACommentIsRejectedAndChangesNothing() {
        ProcessInstance process = start(DATA.school("Школа приказов без комментария"));
        String id = (String) runtime.getVariable(process.getId(), "orderId");
        Task sign = signingTask(process);

        Refused rejection = Rejections.rejectionOf(() ->
                forms.submitTaskForm(sign.getId(), Map.of("orderDecision", "return", "orderReturnComment", "  ")));

        assertThat(rejection.problems()).containsExactly("Укажите, что исправить в приказе.");
        assertThat(tasks.createTaskQuery().taskId(sign.getId()).count()).isEqualTo(1);
        assertThat(orders.find(school().id(), id).orElseThrow().status()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void aDecisionOutsideTheFormsChoicesIsRejected() {
        ProcessInstance process = start(DATA.school("Школа странных решений"));

        Refused rejection = Rejections.rejectionOf(() ->
                forms.submitTaskForm(signingTask(process).getId(), Map.of("orderDecision", "burn")));

        assertThat(rejection.problems()).containsExactly("В поле «Решение» выбрано значение не из списка.");
    }

    private ProcessInstance start(String school) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderKind", "FORM_PAIRS");
        variables.put("schoolName", school);
        variables.put("schoolYear", "2026/2027");
        variables.put("curator", "ordercurator");
        variables.put("pairs", SpinValues.jsonValue("[{\"mentorName\": \"Иванов Сергей Петрович\", "
                + "\"menteeNames\": [\"Орлова Дарья Андреевна\"], \"months\": 9, \"form\": \"teacherTeacher\"}]").create());
        return runtime.startProcessInstanceByKey("OrderSigning", TestSchools.in(school(), variables));
    }

    private Task signingTask(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_SignOrder").singleResult();
    }

    /** The names of the end events the process reached, as the diagram shows them. */
    private List<String> endedAt(ProcessInstance process) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process.getId()).activityType("noneEndEvent")
                .list().stream().map(end -> end.getActivityName()).toList();
    }

    private static String text(XWPFDocument document) {
        return new XWPFWordExtractor(document).getText();
    }

    private String firstDirectorName() {
        User director = identity.createUserQuery().memberOfGroup(SchoolGroups.groupId(school().id(), Role.DIRECTOR)).orderByUserId().asc().listPage(0, 1).get(0);
        return director.getLastName() + " " + director.getFirstName();
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
