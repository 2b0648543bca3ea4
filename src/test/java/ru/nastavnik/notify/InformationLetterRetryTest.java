package ru.nastavnik.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.Stage1Forms;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/**
 * The director's letter goes out after her form is saved, as a retried job: a failure halfway keeps her form,
 * shows an incident once the retries are used up, and the retry writes only to those who have no letter yet.
 */
@NastavnikTest
class InformationLetterRetryTest {

    @Autowired
    Schools schools;

    private static final String BROKEN_ADDRESS = "no address at all@@";

    @Autowired
    ProcessEngine engine;

    private IdentityService identity;
    private ManagementService management;

    @BeforeEach
    void teachers() {
        identity = engine.getIdentityService();
        management = engine.getManagementService();
        TestPeople.ensure(identity, school(), "retrymentor", Role.MENTOR, "Киселёв", "Артём Ильич");
        TestPeople.ensure(identity, school(), "retrymethodologist", Role.METHODOLOGIST, "Фролова", "Дина Марковна");
        setEmail("retrymethodologist", BROKEN_ADDRESS);
        TestMailServer.purge();
    }

    @AfterEach
    void repairAddress() {
        setEmail("retrymethodologist", "retrymethodologist@test-school.example");
    }

    @Test
    void aFailedSendingIsRetriedWithoutWritingTwiceToAnyone() {
        ProcessInstance programme = programmeWithInformationSubmitted();
        Job sending = management.createJobQuery().processInstanceId(programme.getId())
                .activityId("ServiceTask_SendInformationLetter").singleResult();

        Throwable failure = catchThrowable(() -> management.executeJob(sending.getId()));

        assertThat(failure).isNotNull();
        assertThat(TestMailServer.receivedBy("retrymentor@test-school.example")).hasSize(1);
        assertThat(engine.getRuntimeService().getVariable(programme.getId(), "letterSubject"))
                .as("the director's form is kept").isEqualTo("О подготовке программы наставничества");

        management.setJobRetries(sending.getId(), 1);
        catchThrowable(() -> management.executeJob(sending.getId()));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(programme.getId()).count())
                .as("an incident for Cockpit once the retries are used up").isEqualTo(1);

        setEmail("retrymethodologist", "retrymethodologist@test-school.example");
        management.setJobRetries(sending.getId(), 1);
        management.executeJob(sending.getId());

        assertThat(TestMailServer.receivedBy("retrymentor@test-school.example")).hasSize(1);
        assertThat(TestMailServer.receivedBy("retrymethodologist@test-school.example")).hasSize(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(programme.getId()).count()).isZero();
    }

    private ProcessInstance programmeWithInformationSubmitted() {
        RepositoryService repository = engine.getRepositoryService();
        FormService forms = engine.getFormService();
        TaskService tasks = engine.getTaskService();
        RuntimeService runtime = engine.getRuntimeService();
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("MentoringProgramme")
                .latestVersion().singleResult().getId();
        ProcessInstance programme = forms.submitStartForm(definition, TestSchools.in(school(), Stage1Forms.programmeStart("Школа повторов")));
        String inform = tasks.createTaskQuery().processInstanceId(programme.getId())
                .taskDefinitionKey("Task_InformParticipants").singleResult().getId();
        forms.submitTaskForm(inform, Stage1Forms.informParticipants());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(programme.getId()).count()).isEqualTo(1);
        return programme;
    }

    private void setEmail(String login, String email) {
        User user = identity.createUserQuery().userId(login).singleResult();
        user.setEmail(email);
        identity.saveUser(user);
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
