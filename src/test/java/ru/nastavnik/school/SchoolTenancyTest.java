package ru.nastavnik.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.Role;
import ru.nastavnik.programme.SchoolYear;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;

/** Two schools of a district on one installation: each a tenant, an instance is its starter's school, nothing crosses. */
@NastavnikTest
class SchoolTenancyTest {

    private static final String DISTRICT = "schooltenancy";
    private static final String START = LocalDate.now().toString();
    private static final String YEAR = SchoolYear.containing(LocalDate.now()).toString();

    @Autowired
    Schools schools;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;

    @Test
    void aProgrammeStartedByACuratorBelongsToTheirSchoolAndIsInvisibleToTheOther() {
        schools.addDistrict(DISTRICT, "Район тенантов", "Область");
        School first = schools.add(new NewSchool("МБОУ «Школа № 1» тенантов", "Школа № 1", DISTRICT, ZoneId.of("Asia/Yekaterinburg")));
        School second = schools.add(new NewSchool("МБОУ «Школа № 2» тенантов", "Школа № 2", DISTRICT, ZoneId.of("Europe/Moscow")));
        assertThat(first.id()).matches("s[0-9]+").isNotEqualTo(second.id());
        assertThat(identity.createTenantQuery().tenantId(first.id()).singleResult().getName()).isEqualTo("Школа № 1");
        assertThat(identity.createGroupQuery().groupId(first.id() + "-curator").singleResult().getName())
                .isEqualTo("Куратор программы наставничества — Школа № 1");
        String directorA = directorOf(first);
        String directorB = directorOf(second);

        ProcessInstance programme = asPerson(directorA, () -> engine.getRuntimeService().startProcessInstanceByKey(
                "MentoringProgramme", "schooltenancy-a", Map.of("schoolName", first.fullName(), "schoolYear", YEAR, "programmeStartDate", START)));

        assertThat(programme.getTenantId()).isEqualTo(first.id());
        assertThat(asPerson(directorA, () -> engine.getTaskService().createTaskQuery().processInstanceId(programme.getId()).count()))
                .as("school A's director task is seen in school A").isPositive();
        assertThat(asPerson(directorB, () -> engine.getTaskService().createTaskQuery().processInstanceId(programme.getId()).count()))
                .as("school B sees no task of school A").isZero();
        assertThat(asPerson(directorB, () -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(programme.getId()).count())).as("nor its instance").isZero();
        assertThatThrownBy(() -> asPerson(directorB, () -> engine.getRuntimeService().startProcessInstanceByKey(
                "MentoringProgramme", "schooltenancy-b", Map.of("schoolId", first.id(), "schoolName", "чужая",
                        "schoolYear", YEAR, "programmeStartDate", START))))
                .isInstanceOf(Refused.class).hasMessageContaining("только в своей школе");
    }

    private String directorOf(School school) {
        String login = "director" + school.id() + DISTRICT;
        TestPeople.ensure(identity, login, Role.DIRECTOR.groupId(), "Директорова", "Анна");
        identity.createMembership(login, SchoolGroups.groupId(school.id(), Role.DIRECTOR));
        return login;
    }

    private <T> T asPerson(String login, java.util.function.Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(login).list().stream().map(g -> g.getId()).toList();
        List<String> tenants = identity.createTenantQuery().userMember(login).includingGroupsOfUser(true).list().stream()
                .map(t -> t.getId()).toList();
        identity.setAuthentication(login, groups, tenants);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
