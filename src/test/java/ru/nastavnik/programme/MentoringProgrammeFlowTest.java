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

/**
 * processes/mentoring-programme.bpmn in memory, with the real pair formation, consent and order models it calls: the
 * school year of a programme started on 1 September 2026, stage by stage, every stage's deadline reminder to the
 * responsible and escalation to the director on the morning its calendar says, the monthly publications, a returned
 * mentor register, and the programme closed by its results order.
 */
class MentoringProgrammeFlowTest extends InMemoryProcessTest {

    /** The stage numbers as the diagram names the stages. */
    private static final Map<String, Integer> STAGE_NUMBERS = Map.of("PREPARE_CONDITIONS", 1, "MENTEE_BANK", 2, "MENTOR_BANK", 3,
            "MENTOR_SELECTION", 4, "PAIRS_FORMED", 5, "COMPLETION", 6);

    static final ProcessBeans beans = new PairFormationBeans(LocalDate.of(2026, 11, 10)).addTo(new ProcessBeans())
            .recorded("offerCuratorCandidatesListener", "offerMentorsListener", "offerPairWorkStateListener",
                    "recordSuccessCasesDelegate", "saveBankRowsDelegate", "remindOfDeadlineDelegate",
                    "sendInformationLetterDelegate", "sendQuestionnaireDelegate", "closeProgrammeDelegate")
            .api("programmeCalendar", new ProgrammeCalendar())
            .api("programmeStages", new StageNumbers());

    @RegisterExtension
    static final ProcessEngineCoverageExtension extension = InMemoryProcessEngine.with(beans, "StageDeadline", "PairFormation",
            "PairConsent", "OrderSigning");

    MentoringProgrammeFlowTest() {
        super(beans, "mentoring-programme", "stage-deadline", "pair-formation", "pair-consent", "order-signing");
    }

    @Test
    void aSchoolYearStageByStageWithEveryDeadlineRemindedAndEscalated() {
        ProcessInstance programme = start("MentoringProgramme", "programme-1", Map.of("schoolName", "Школа № 1",
                ProgrammeVariables.SCHOOL_YEAR, "2026/2027", ProgrammeVariables.START_DATE, "2026-09-01"));
        assertThat(openTaskKeys()).containsExactlyInAnyOrder("Task_AppointCurator", "Task_InformParticipants",
                "Task_DefineGoals", "Task_FormMenteeBank", "Task_PublishInformation");
        assertThat(candidateGroups(task("Task_AppointCurator"))).containsExactly("director");

        // Stage 1 starts with the curator's appointment, signed by the director
        complete("Task_AppointCurator", Map.of("curator", "curator-1", "workingGroup", "Рабочая группа",
                "sitePageAdministrator", "curator-1", "resourcesAndExperts", "Методист района"));
        sign("APPOINT_CURATOR");
        assertThat(programme).variables().containsEntry("appointCuratorOrderNumber", "12-о");
        assertThat(tasks("Task_CreateSitePage")).extracting(Task::getAssignee).containsExactly("curator-1");
        assertThat(tasks("Task_DefineMonitoring")).extracting(Task::getAssignee).containsExactly("curator-1");

        // Stage 2: the mentee bank is due on 15 September
        overdueAndEscalated(LocalDate.of(2026, 9, 15), "MENTEE_BANK");
        Task menteeBank = task("Task_FormMenteeBank");
        assertThat(menteeBank.getAssignee()).as("opened before the curator was appointed").isNull();
        assertThat(candidateGroups(menteeBank)).containsExactly("curator");
        complete("Task_FormMenteeBank", Map.of("menteeRows", "[]", "bankComplete", true));

        // Stage 7: a publication a month
        moveTo(LocalDateTime.of(2026, 9, 24, 10, 0));
        complete("Task_PublishInformation", Map.of("publicationSummary", "Старт программы", "publicationUrl", "https://school.example/news"));
        assertThat(due(timer(programme, "Timer_NextPublication"))).isEqualTo(LocalDateTime.of(2026, 10, 24, 10, 0));
        fireTimer(programme, "Timer_NextPublication");
        assertThat(candidateGroups(task("Task_PublishInformation"))).containsExactly("curator");

        // Stage 1 (a month) and stage 3 (the mentor bank, by 1 October) both run late
        overdueAndEscalated(LocalDate.of(2026, 10, 1), "PREPARE_CONDITIONS", "MENTOR_BANK");
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
        assertThat(candidateGroups(task("Task_ApproveMentorRegister"))).containsExactly("director");
        complete("Task_ApproveMentorRegister", Map.of("registerDecision", "return", "registerComment", "Добавьте стаж"));
        complete("Task_SelectMentors", Map.of("selectedMentors", "[]"));
        complete("Task_ApproveMentorRegister", Map.of("registerDecision", "approve"));
        overdueAndEscalated(LocalDate.of(2026, 11, 1), "MENTOR_SELECTION");
        assertThat(candidateGroups(task("Task_TrainMentors"))).containsExactly("methodologist");
        complete("Task_TrainMentors", Map.of());

        // Stage 5: pairs formed by two weeks after the selection; the pairs then work until the programme's end
        overdueAndEscalated(LocalDate.of(2026, 11, 15), "PAIRS_FORMED");
        complete("Task_FormPairs", PairFormationBeans.proposal("mentor-1", "mentee-1", false));
        engine.getTaskService().createTaskQuery().list().stream()
                .filter(task -> task.getTaskDefinitionKey().endsWith("Consent"))
                .forEach(task -> complete(task, PairFormationBeans.consent(true)));
        runJobs();
        sign("FORM_PAIRS");
        assertThat(task("Task_CloseStageFive").getAssignee()).isEqualTo("curator-1");
        overdueAndEscalated(LocalDate.of(2027, 11, 15), "COMPLETION");
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
        assertThat(beans.calls("remindOfDeadlineDelegate")).as("the stage's responsible reminded, then the escalation; stage 1 is the director's")
                .extracting(call -> call.variable("deadline") + " " + call.variable("responsible") + " " + call.variable("escalation"))
                .containsExactly("MENTEE_BANK curator false", "MENTEE_BANK curator true",
                        "PREPARE_CONDITIONS director false", "MENTOR_BANK curator false",
                        "PREPARE_CONDITIONS director true", "MENTOR_BANK curator true",
                        "MENTOR_SELECTION curator false", "MENTOR_SELECTION curator true",
                        "PAIRS_FORMED curator false", "PAIRS_FORMED curator true",
                        "COMPLETION curator false", "COMPLETION curator true");
    }

    /**
     * The stages' reminders the morning after their (common) deadline, the director's escalation the default seven
     * days later, each with a task to take measures named for the stage's number; each stage's deadline is watched by
     * a StageDeadline instance of its own.
     */
    private void overdueAndEscalated(LocalDate deadline, String... stages) {
        for (String stage : stages) {
            ProcessInstance watch = deadlineOf(stage);
            assertThat(due(timer(watch, "Timer_StageOverdue"))).as(stage + " reminder").isEqualTo(deadline.plusDays(1).atTime(9, 0));
            assertThat(due(timer(watch, "Timer_StageEscalated"))).as(stage + " escalation").isEqualTo(deadline.plusDays(8).atTime(9, 0));
        }
        for (String stage : stages) {
            fireTimer(deadlineOf(stage), "Timer_StageOverdue");
        }
        runJobs();
        for (String stage : stages) {
            fireTimer(deadlineOf(stage), "Timer_StageEscalated");
        }
        runJobs();
        for (String stage : stages) {
            Task measures = engine.getTaskService().createTaskQuery().processInstanceId(deadlineOf(stage).getId()).singleResult();
            assertThat(measures.getName()).isEqualTo("Принять меры: просрочен этап " + STAGE_NUMBERS.get(stage));
            assertThat(candidateGroups(measures)).containsExactly("director");
            complete(measures, Map.of("overdueMeasures", "Срок продлён", "overdueNewDate", deadline.plusDays(14).toString()));
        }
    }

    private ProcessInstance deadlineOf(String stage) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("StageDeadline")
                .variableValueEquals("deadline", stage).singleResult();
    }

    private void sign(String orderKind) {
        Task order = task(OrderSigningBeans.SIGN_TASK);
        assertThat(engine.getRuntimeService().getVariable(order.getExecutionId(), OrderVariables.ORDER_KIND)).isEqualTo(orderKind);
        assertThat(candidateGroups(order)).containsExactly("director");
        complete(order, OrderSigningBeans.signed());
    }

}
