package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static ru.nastavnik.support.Rejections.rejectionOf;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.form.FormValues;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;

/** The bank tasks: pasted rows checked row by row before anything is saved, then saved and counted. */
@NastavnikTest
@Deployment(resources = "bpmn/bank-probe.bpmn")
class BankFormTest {

    @Autowired
    Schools schools;

    @RegisterExtension
    final ProcessEngineExtension engine;

    private final RuntimeService runtime;
    private final TaskService tasks;

    @Autowired
    MenteeBank mentees;

    @Autowired
    MentorBank mentors;

    private static final ClassData DATA = ClassData.of(BankFormTest.class);

    @Autowired
    BankFormTest(ProcessEngine processEngine) {
        this.engine = ProcessEngineExtension.builder().useProcessEngine(processEngine);
        this.runtime = processEngine.getRuntimeService();
        this.tasks = processEngine.getTaskService();
    }

    @Test
    void badPastedRowsRejectTheWholeFormRowByRowAndSaveNothing() {
        String instance = runtime.startProcessInstanceByKey("BankProbe", TestSchools.in(school(), Map.of())).getId();
        String pasted = "ФИО\tEmail\tДата начала работы\n"
                + "Тихонова Лада\t" + DATA.email("lada-rejected") + "\t01.09.2025\n"
                + "\t" + DATA.email("nameless") + "\t01.09.2025\n"
                + "Рябов Ян\tnot-an-email\t01.09.2025\n";

        assertThat(rejectionOf(() -> complete(instance, Map.of("menteeRows", pasted, "bankComplete", true))).problems())
                .containsExactly("Строка 3: не заполнено «ФИО».", "Строка 4: «Email» — не адрес электронной почты.");
        assertThat(rejectionOf(() -> complete(instance, Map.of("menteeRows", "ФИО\tEmail\nА\tb@c.d\n", "bankComplete", true))).problems())
                .containsExactly("Во вставленном тексте нет обязательного столбца «Дата начала работы».");
        assertThat(mentees.list()).extracting(Mentee::email).doesNotContain(DATA.email("lada-rejected"), DATA.email("nameless"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_FormMenteeBank");
    }

    @Test
    void goodPastedRowsAreSavedAndTheBankSizesWritten() {
        String instance = runtime.startProcessInstanceByKey("BankProbe", TestSchools.in(school(), Map.of())).getId();
        String mentee = "ФИО\tEmail\tДата начала работы\nТихонова Лада\t" + DATA.email("lada") + "\t01.09.2025\n";

        assertThat(rejectionOf(() -> complete(instance, Map.of("menteeRows", mentee, "bankComplete", false))).problems())
                .containsExactly("Отметьте «Банк сформирован», когда все участники внесены в банк.");
        complete(instance, Map.of("menteeRows", mentee, "bankComplete", true));

        assertThat(mentees.list()).extracting(Mentee::email).contains(DATA.email("lada"));
        assertThat(runtime.getVariable(instance, "menteeCount")).isEqualTo(mentees.size());
        assertThat(runtime.getVariable(instance, "menteeRows")).as("the rows live in the bank only").isNull();

        complete(instance, Map.of("mentorRows", "ФИО\tEmail\tТеги\nЖуков Роман\t" + DATA.email("roman") + "\t#ИКТ\n",
                "bankComplete", true));
        assertThat(mentors.list()).filteredOn(m -> m.email().equals(DATA.email("roman")))
                .singleElement().satisfies(m -> assertThat(m.tags()).containsExactly("ИКТ"));
        assertThat(runtime.getVariable(instance, "mentorCount")).isEqualTo(mentors.size());
    }

    @Test
    void anEmptyBankIsNotFormed() {
        BankFormRule empty = new BankFormRule("menteeRows", "Банк наставляемых пуст: загрузите файл на странице /registry или вставьте строки.",
                mentees::checkPasted, () -> 0) {
            @Override
            public String formId() {
                return "mentee-bank";
            }
        };
        VariableScope submitted = mock(VariableScope.class);
        when(submitted.getVariable("bankComplete")).thenReturn(true);

        assertThat(empty.check(new FormValues(submitted)))
                .containsExactly("Банк наставляемых пуст: загрузите файл на странице /registry или вставьте строки.");
    }

    private void complete(String instance, Map<String, Object> variables) {
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        tasks.complete(task, new HashMap<>(variables));
    }


    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
