package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/** Two schools on one installation: a curator's Tasklist (REST and filters) shows their school's tasks, never another's. */
@NastavnikTest
@Deployment(resources = "bpmn/school-task-probe.bpmn")
class SchoolTasklistTest {

    private static final ClassData DATA = ClassData.of(SchoolTasklistTest.class);
    private static final String PROBE = "SchoolTaskProbe";

    @RegisterExtension
    final ProcessEngineExtension engine;

    @LocalServerPort
    int port;

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final School a;
    private final School b;

    @Autowired
    SchoolTasklistTest(ProcessEngine processEngine, Schools schools) {
        this.engine = ProcessEngineExtension.builder().useProcessEngine(processEngine);
        this.identity = processEngine.getIdentityService();
        this.runtime = processEngine.getRuntimeService();
        this.a = TestSchools.of(schools, DATA, "a");
        this.b = TestSchools.of(schools, DATA, "b");
    }

    @BeforeEach
    void curators() {
        TestPeople.ensure(identity, a, "schoolcuratora", Role.CURATOR, "Акимова", "Анна");
        TestPeople.ensure(identity, b, "schoolcuratorb", Role.CURATOR, "Быкова", "Вера");
        TestPeople.ensure(identity, a, "schoolcuratorab", Role.CURATOR, "Дёмина", "Ольга");
        TestPeople.ensure(identity, b, "schoolcuratorab", Role.CURATOR, "Дёмина", "Ольга");
        TestPeople.ensure(identity, b, "schoolmentorb", Role.MENTOR, "Егоров", "Иван");
        TestPeople.ensure(identity, a, "schoolcuratoramentorb", Role.CURATOR, "Жукова", "Нина");
        TestPeople.ensure(identity, b, "schoolcuratoramentorb", Role.MENTOR, "Жукова", "Нина");
    }

    @Test
    void aCuratorSeesOnlyTheirSchoolsTasksThroughTheRestApi() {
        String inA = runtime.startProcessInstanceByKey(PROBE, Map.of("schoolId", a.id())).getId();
        String inB = runtime.startProcessInstanceByKey(PROBE, Map.of("schoolId", b.id())).getId();

        assertThat(instancesOfTasks("schoolcuratora")).containsExactly(inA);
        assertThat(instancesOfTasks("schoolcuratorb")).containsExactly(inB);
        assertThat(instancesOfTasks("schoolcuratorab")).containsExactlyInAnyOrder(inA, inB);
        assertThat(instancesOfTasks("schoolcuratoramentorb")).as("a curator of A who is a mentor in B").containsExactly(inA);
        assertThat(instancesOfTasks("schoolmentorb")).isEmpty();
    }

    @Test
    void eachSchoolHasItsOwnCuratorFilterReadableByItsCuratorsOnly() {
        String inA = runtime.startProcessInstanceByKey(PROBE, Map.of("schoolId", a.id())).getId();
        String inB = runtime.startProcessInstanceByKey(PROBE, Map.of("schoolId", b.id())).getId();
        String filterA = SchoolTaskFilters.name(Role.CURATOR, a.shortName());
        String filterB = SchoolTaskFilters.name(Role.CURATOR, b.shortName());

        assertThat(filterNames("schoolcuratora")).contains(filterA).doesNotContain(filterB)
                .noneMatch(name -> name.equals("Задачи куратора"));
        assertThat(filterNames("schoolcuratorb")).contains(filterB).doesNotContain(filterA);
        assertThat(filterNames("schoolcuratorab")).contains(filterA, filterB);
        assertThat(filterNames("schoolcuratoramentorb")).contains(filterA).doesNotContain(filterB);

        assertThat(listed("schoolcuratora", filterId("schoolcuratora", filterA))).containsExactly(inA);
        assertThat(listed("schoolcuratorb", filterId("schoolcuratorb", filterB))).containsExactly(inB);
        assertThat(listed("schoolcuratorab", filterId("schoolcuratorab", filterA))).containsExactly(inA);
        assertThat(listed("schoolcuratorab", filterId("schoolcuratorab", filterB))).containsExactly(inB);
        assertThat(rest("schoolcuratora").postJson("/engine-rest/filter/" + filterId("schoolcuratorb", filterB) + "/list",
                "{}").status()).as("another school's filter").isEqualTo(403);
    }

    /** The process instances of the probe's tasks the person sees in /engine-rest/task. */
    private List<String> instancesOfTasks(String login) {
        return instances(rest(login).get("/engine-rest/task?processDefinitionKey=" + PROBE).json());
    }

    private List<String> listed(String login, String filterId) {
        Http.Reply reply = rest(login).postJson("/engine-rest/filter/" + filterId + "/list",
                "{\"processDefinitionKey\":\"" + PROBE + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return instances(reply.json());
    }

    private static List<String> instances(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("processInstanceId").asText()));
        return ids;
    }

    private List<String> filterNames(String login) {
        List<String> names = new ArrayList<>();
        rest(login).get("/engine-rest/filter?resourceType=Task").json().forEach(filter -> names.add(filter.get("name").asText()));
        return names;
    }

    private String filterId(String login, String name) {
        for (JsonNode filter : rest(login).get("/engine-rest/filter?resourceType=Task").json()) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("No filter named " + name + " for " + login);
    }

    private Http rest(String login) {
        return new Http(port).as(login, TestPeople.password(login));
    }
}
