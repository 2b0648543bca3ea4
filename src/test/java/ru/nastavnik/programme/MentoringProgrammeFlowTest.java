package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.nastavnik.orders.OrderSigningBeans;
import ru.nastavnik.orders.OrderVariables;
import ru.nastavnik.support.InMemoryProcessEngine;
import ru.nastavnik.support.InMemoryProcessTest;
import ru.nastavnik.support.ProcessBeans;
import ru.nastavnik.identity.Role;

/**
 * processes/mentoring-programme.bpmn in memory, with the real pair formation, consent and order models it calls: the
 * school year of a programme started on 1 September 2026, stage by stage, every stage's deadline reminder to the
 * responsible and escalation to the director on the morning its calendar says, the monthly publications, a returned
 * mentor register, and the programme closed by its results order.
 */
class MentoringProgrammeFlowTest extends InMemoryProcessTest {

    static final ProcessBeans beans = new PairFormationBeans(LocalDate.of(2026, 11, 10)).addTo(new ProcessBeans())
            .recorded("offerCuratorCandidatesListener", "offerMentorsListener", "offerPairWorkStateListener",
                    "recordSuccessCasesDelegate", "saveBankRowsDelegate", "remindOfDeadlineDelegate",
                    "sendInformationLetterDelegate", "sendQuestionnaireDelegate", "closeProgrammeDelegate")
            .api("programmeCalendar", new ProgrammeCalendar())
            .api("programmeStages", StageDeadlineFlowTest.STAGES);

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans, "PairFormation", "PairConsent", "OrderSigning", "StageDeadline");

    MentoringProgrammeFlowTest() {
        super(beans, "mentoring-programme", "pair-formation", "pair-consent", "order-signing", "stage-deadline");
    }

    @Test
    void aSchoolYearStageByStageWithEveryDeadlineRemindedAndEscalated() {
        ProcessInstance programme = start("MentoringProgramme", "programme-1", Map.of("schoolName", "Школа № 1",
                ProgrammeVariables.SCHOOL_YEAR, "2026/2027", ProgrammeVariables.START_DATE, "2026-09-01"));
        assertThat(openTaskKeys()).containsExactlyInAnyOrder("Task_AppointCurator", "Task_InformParticipants",
                "Task_DefineGoals", "Task_FormMenteeBank", "Task_PublishInformation");
        assertThat(candidateGroups(task("Task_AppointCurator"))).containsExactly(schoolGroup(Role.DIRECTOR));

        // Stage 1 starts with the curator's appointment, signed by the director
        complete("Task_AppointCurator", Map.of("curator", "curator-1", "workingGroup", "Рабочая группа",
                "sitePageAdministrator", "curator-1", "resourcesAndExperts", "Методист района"));
        sign("APPOINT_CURATOR");
        assertThat(programme).variables().containsEntry("appointCuratorOrderNumber", "12-о");
        assertThat(tasks("Task_CreateSitePage")).extracting(Task::getAssignee).containsExactly("curator-1");
        assertThat(tasks("Task_DefineMonitoring")).extracting(Task::getAssignee).containsExactly("curator-1");

        // Stage 2: the mentee bank is due on 15 September
        overdueAndEscalated(programme, LocalDate.of(2026, 9, 15), "MENTEE_BANK");
        Task menteeBank = task("Task_FormMenteeBank");
        assertThat(menteeBank.getAssignee()).as("opened before the curator was appointed").isNull();
        assertThat(candidateGroups(menteeBank)).containsExactly(schoolGroup(Role.CURATOR));
        complete("Task_FormMenteeBank", Map.of("menteeRows", "[]", "bankComplete", true));

        // Stage 7: a publication a month
        moveTo(LocalDateTime.of(2026, 9, 24, 10, 0));
        complete("Task_PublishInformation", Map.of("publicationSummary", "Старт программы", "publicationUrl", "https://school.example/news"));
        assertThat(due(timer(programme, "Timer_NextPublication"))).isEqualTo(LocalDateTime.of(2026, 10, 24, 10, 0));
        fireTimer(programme, "Timer_NextPublication");
        assertThat(candidateGroups(task("Task_PublishInformation"))).containsExactly(schoolGroup(Role.CURATOR));

        // Stage 1 (a month) and stage 3 (the mentor bank, by 1 October) both run late
        overdueAndEscalated(programme, LocalDate.of(2026, 10, 1), "PREPARE_CONDITIONS", "MENTOR_BANK");
        complete("Task_CreateSitePage", Map.of());
        complete("Task_DefineMonitoring", Map.of());
        complete("Task_InformParticipants", Map.of("letterSubject", "Программа наставничества", "letterText", "Приглашаем"));
        runJobs();
        assertThat(beans.calls("sendInformationLetterDelegate")).singleElement()
                .satisfies(call -> assertThat(call.variable("letterSubject")).isEqualTo("Программа наставничества"));
        complete("Task_DefineGoals", Map.of("programmeGoal", "Рост молодых педагогов"));
        sign("INTRODUCE_MODEL");
        complete("Task_ApproveRegulations", Map.of());
        sign("APPROVE_REGULATIONS");
        complete("Task_DefineRewards", Map.of());
        sign("APPROVE_ROADMAP");
        assertThat(programme).hasPassed("EndEvent_PrepareConditionsCompleted");
        complete("Task_FormMentorBank", Map.of("mentorRows", "[]", "bankComplete", true));

        // Stage 4: a register returned once, then approved; due two months after the start
        Task selection = task("Task_SelectMentors");
        assertThat(selection.getAssignee()).isEqualTo("curator-1");
        complete(selection, Map.of("selectedMentors", "[]"));
        assertThat(candidateGroups(task("Task_ApproveMentorRegister"))).containsExactly(schoolGroup(Role.DIRECTOR));
        complete("Task_ApproveMentorRegister", Map.of("registerDecision", "return", "registerComment", "Добавьте стаж"));
        complete("Task_SelectMentors", Map.of("selectedMentors", "[]"));
        complete("Task_ApproveMentorRegister", Map.of("registerDecision", "approve"));
        overdueAndEscalated(programme, LocalDate.of(2026, 11, 1), "MENTOR_SELECTION");
        assertThat(candidateGroups(task("Task_TrainMentors"))).containsExactly(schoolGroup(Role.METHODOLOGIST));
        complete("Task_TrainMentors", Map.of());

        // Stage 5: pairs formed by two weeks after the selection; the pairs then work until the programme's end
        overdueAndEscalated(programme, LocalDate.of(2026, 11, 15), "PAIRS_FORMED");
        complete("Task_FormPairs", PairFormationBeans.proposal("mentor-1", "mentee-1", false));
        engine.getTaskService().createTaskQuery().list().stream()
                .filter(task -> task.getTaskDefinitionKey().endsWith("Consent"))
                .forEach(task -> complete(task, PairFormationBeans.consent(true)));
        runJobs();
        sign("FORM_PAIRS");
        assertThat(task("Task_CloseStageFive").getAssignee()).isEqualTo("curator-1");
        overdueAndEscalated(programme, LocalDate.of(2027, 11, 15), "COMPLETION");
        complete("Task_CloseStageFive", Map.of("pairWorkSummary", "Пары отработали"));

        // Stage 6: questionnaires, the final event, the results order
        runJobs();
        assertThat(beans.calls("sendQuestionnaireDelegate")).hasSize(1);
        complete("Task_CollectFeedback", Map.of("reflection", "Год удался"));
        complete("Task_FinalEvent", Map.of("finalEventDate", "2027-11-20", "bestMentors", "mentor-1"));
        runJobs();
        assertThat(calledAt("closeProgrammeDelegate")).containsExactly("ServiceTask_CloseProgramme");
        sign("PROGRAMME_RESULTS");

        assertThat(programme).isEnded().hasPassed("EndEvent_CompletionCompleted", "EndEvent_ProgrammeCompleted");
        assertThat(openTaskKeys()).as("the publications end with the programme").isEmpty();
        assertThat(beans.calls("remindOfDeadlineDelegate")).as("stage 1 is the director's own: reminded and escalated to them")
                .extracting(call -> call.variable("deadline") + " " + call.variable("responsible") + " " + call.variable("escalation"))
                .containsExactly("MENTEE_BANK curator false", "MENTEE_BANK director true",
                        "PREPARE_CONDITIONS director false", "MENTOR_BANK curator false",
                        "PREPARE_CONDITIONS director true", "MENTOR_BANK director true",
                        "MENTOR_SELECTION curator false", "MENTOR_SELECTION director true",
                        "PAIRS_FORMED curator false", "PAIRS_FORMED director true",
                        "COMPLETION curator false", "COMPLETION director true");
    }

    /**
     * The stages' reminders the morning after their (common) deadline, the director's escalation the default seven
     * days later, each with a task to take measures, all in the stage-deadline process the stage called.
     */
    private void overdueAndEscalated(ProcessInstance programme, LocalDate deadline, String... deadlines) {
        for (String stage : deadlines) {
            assertThat(due(timer(watch(programme, stage), "Timer_StageOverdue"))).as(stage + " reminder")
                    .isEqualTo(deadline.plusDays(1).atTime(9, 0));
            assertThat(due(timer(watch(programme, stage), "Timer_StageEscalated"))).as(stage + " escalation")
                    .isEqualTo(deadline.plusDays(8).atTime(9, 0));
        }
        for (String stage : deadlines) {
            fireTimer(watch(programme, stage), "Timer_StageOverdue");
        }
        runJobs();
        for (String stage : deadlines) {
            fireTimer(watch(programme, stage), "Timer_StageEscalated");
        }
        runJobs();
        for (String stage : deadlines) {
            Task measures = engine.getTaskService().createTaskQuery().processInstanceId(watch(programme, stage).getId())
                    .taskDefinitionKey("Task_ResolveStageOverdue").singleResult();
            assertThat(candidateGroups(measures)).containsExactly(schoolGroup(Role.DIRECTOR));
            complete(measures, Map.of("overdueMeasures", "Срок продлён", "overdueNewDate", deadline.plusDays(14).toString()));
        }
    }

    /** The stage-deadline process the programme called for that deadline. */
    private ProcessInstance watch(ProcessInstance programme, String deadline) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
                .processDefinitionKey("StageDeadline").variableValueEquals("deadline", deadline).singleResult();
    }

    private void sign(String orderKind) {
        Task order = task(OrderSigningBeans.SIGN_TASK);
        assertThat(engine.getRuntimeService().getVariable(order.getExecutionId(), OrderVariables.ORDER_KIND)).isEqualTo(orderKind);
        assertThat(candidateGroups(order)).containsExactly(schoolGroup(Role.DIRECTOR));
        complete(order, OrderSigningBeans.signed());
    }

}
