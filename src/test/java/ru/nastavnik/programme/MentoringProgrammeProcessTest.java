package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static ru.nastavnik.support.Rejections.rejectionOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.support.EngineClock;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.Stage1Forms;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;

/** Stage 1 of the roadmap as a director and a curator live it, on the deployed model from processes/. */
@NastavnikTest
class MentoringProgrammeProcessTest {

    @Autowired
    Schools schools;

    @RegisterExtension
    final ProcessEngineExtension engine;

    private final FormService forms;
    private final IdentityService identity;

    @Autowired
    MentoringProgrammeProcessTest(ProcessEngine processEngine) {
        this.engine = ProcessEngineExtension.builder().useProcessEngine(processEngine);
        this.forms = processEngine.getFormService();
        this.identity = processEngine.getIdentityService();
        BpmnAwareTests.init(processEngine);
    }

    @BeforeEach
    void schoolStaff() {
        TestPeople.ensure(identity, school(), "storycurator", Role.CURATOR, "Орлова", "Вера Николаевна");
        TestPeople.ensure(identity, school(), "storymentor", Role.MENTOR, "Белов", "Игорь Олегович");
        TestPeople.ensure(identity, school(), "storymethodologist", Role.METHODOLOGIST, "Лебедева", "Нина Павловна");
        TestPeople.ensure(identity, school(), "storydirector", Role.DIRECTOR, "Захарова", "Ирина Львовна");
        TestMailServer.purge();
    }

    @Test
    void directorAndCuratorPrepareTheConditionsAndTheProgrammeMovesOn() {
        ProgrammeDriver driver = new ProgrammeDriver(engine.getProcessEngine(), school().id(), "stage1-" + UUID.randomUUID());
        ProcessInstance programme = driver.start("Школа № 7", LocalDate.of(2026, 9, 1), Map.of());

        assertThat(programme).isWaitingAt("Task_AppointCurator", "Task_InformParticipants", "Task_DefineGoals");
        assertThat(task("Task_AppointCurator", programme)).hasCandidateGroup(SchoolGroups.groupId(school().id(), Role.DIRECTOR));
        assertThat(offeredCurators(task("Task_AppointCurator", programme))).contains("storycurator");

        driver.submit("Task_AppointCurator", Stage1Forms.appointCurator("storycurator"));
        assertThat(programme).isWaitingAt("CallActivity_AppointCuratorOrder");
        assertThat(driver.task("Task_SignOrder")).satisfies(sign -> assertThat(sign).hasCandidateGroup(SchoolGroups.groupId(school().id(), Role.DIRECTOR)));
        driver.signOrder();
        assertThat(programme).isWaitingAt("Task_CreateSitePage", "Task_DefineMonitoring", "Task_InformParticipants", "Task_DefineGoals");
        assertThat(task("Task_CreateSitePage", programme)).isAssignedTo("storycurator");
        assertThat(task("Task_DefineMonitoring", programme)).isAssignedTo("storycurator");

        driver.submit("Task_InformParticipants", Stage1Forms.informParticipants());
        assertThat(programme).isWaitingAt("ServiceTask_SendInformationLetter");
        execute(job("ServiceTask_SendInformationLetter", programme));

        driver.submit("Task_DefineGoals", Stage1Forms.defineGoals());
        driver.signOrder();
        driver.submit("Task_ApproveRegulations", Stage1Forms.approveRegulations(EngineClock.today()));
        driver.signOrder();
        driver.submit("Task_DefineRewards", Stage1Forms.defineRewards());
        driver.signOrder();
        driver.submit("Task_CreateSitePage", Stage1Forms.createSitePage());
        assertThat(programme).isWaitingAt("Task_DefineMonitoring");
        driver.submit("Task_DefineMonitoring", Stage1Forms.defineMonitoring());

        assertThat(programme).hasPassed("EndEvent_PrepareConditionsCompleted").isWaitingAt("Task_FormMenteeBank");
        assertThat(programme).variables().containsEntry("curator", "storycurator")
                .containsKeys("appointCuratorOrderNumber", "introduceModelOrderNumber", "approveRegulationsOrderNumber",
                        "approveRoadmapOrderNumber");
        assertThat(engine.getRuntimeService().getVariable(programme.getId(), "appointCuratorOrderNumber"))
                .as("the number the signed order got").isInstanceOf(Integer.class);
    }

    @Test
    void everyTeacherGetsTheInformationLetterInRussianOnce() throws Exception {
        ProcessInstance programme = startProgramme("Школа № 8");
        submit(programme, "Task_InformParticipants", Stage1Forms.informParticipants());

        execute(job("ServiceTask_SendInformationLetter", programme));

        assertThat(TestMailServer.receivedBy("storycurator@test-school.example")).hasSize(1);
        assertThat(TestMailServer.receivedBy("storymethodologist@test-school.example")).hasSize(1);
        assertThat(TestMailServer.receivedBy("storydirector@test-school.example")).isEmpty();
        List<MimeMessage> toMentor = TestMailServer.receivedBy("storymentor@test-school.example");
        assertThat(toMentor).hasSize(1);
        assertThat(toMentor.get(0).getSubject()).isEqualTo("О подготовке программы наставничества");
        assertThat(TestMailServer.text(toMentor.get(0)))
                .contains("Здравствуйте, Игорь Олегович!", "Начинаем программу наставничества", "Школа № 8", "/camunda/app/tasklist/");
        assertThat(programme).isWaitingAt("Task_AppointCurator", "Task_DefineGoals");
    }

    @Test
    void onlyAMemberOfTheCuratorGroupCanBeAppointed() {
        ProcessInstance programme = startProgramme("Школа № 9");

        assertThat(rejectionOf(() -> submit(programme, "Task_AppointCurator", Stage1Forms.appointCurator("storymentor"))).problems())
                .containsExactly("Куратором можно назначить только сотрудника из группы «Куратор программы наставничества».");
        assertThat(programme).isWaitingAt("Task_AppointCurator");
        assertThat(programme).variables().doesNotContainKey("curator");
    }

    @Test
    void regulationsCannotBeApprovedBeforeTheTeachersCouncil() {
        ProgrammeDriver driver = new ProgrammeDriver(engine.getProcessEngine(), school().id(), "stage1-" + UUID.randomUUID());
        ProcessInstance programme = driver.start("Школа № 10", LocalDate.of(2026, 9, 1), Map.of());
        driver.submit("Task_DefineGoals", Stage1Forms.defineGoals());
        driver.signOrder();
        Map<String, Object> approval = Stage1Forms.approveRegulations(EngineClock.today());
        approval.put("regulationsApprovalDate", EngineClock.today().minusDays(30).toString());

        assertThat(rejectionOf(() -> submit(programme, "Task_ApproveRegulations", approval)).getMessage())
                .contains("Положение утверждается не раньше педагогического совета");
        assertThat(programme).isWaitingAt("Task_ApproveRegulations");
    }

    @Test
    void aProgrammeOutsideItsSchoolYearIsNotStarted() {
        Map<String, Object> start = Stage1Forms.programmeStart("Школа № 11");
        start.put("programmeStartDate", "2027-07-15");
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProgrammeVariables.PROCESS_KEY).latestVersion().singleResult().getId();

        assertThat(rejectionOf(() -> forms.submitStartForm(definition, TestSchools.in(school(), start))))
                .hasMessage("Форма не принята. Дата начала программы должна быть с 01.08.2026 по 31.05.2027.");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("schoolName", "Школа № 11").count()).isZero();
    }

    private ProcessInstance startProgramme(String schoolName) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProgrammeVariables.PROCESS_KEY).latestVersion().singleResult().getId();
        return forms.submitStartForm(definition, TestSchools.in(school(), Stage1Forms.programmeStart(schoolName)));
    }

    private void submit(ProcessInstance programme, String taskKey, Map<String, Object> values) {
        forms.submitTaskForm(task(taskKey, programme).getId(), values);
    }

    private List<String> offeredCurators(Task task) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariableLocal(task.getId(), "curatorCandidates");
        return options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
