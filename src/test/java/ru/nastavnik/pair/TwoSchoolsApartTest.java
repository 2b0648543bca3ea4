package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.common.JsonVariables;
import ru.nastavnik.identity.Role;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.registry.NewMentee;
import ru.nastavnik.registry.NewMentor;
import ru.nastavnik.school.InstanceSchool;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * Two schools on one installation: a teacher of both is in both banks, and a school's curator sees their own school's
 * bank rows, pairs and meetings only; a pair of the other school is not found.
 */
@NastavnikTest
class TwoSchoolsApartTest {

    private static final ClassData DATA = ClassData.of(TwoSchoolsApartTest.class);
    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    @LocalServerPort
    int port;

    @Autowired
    Schools schools;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    MenteeBank mentees;

    @Autowired
    MentorBank mentors;

    @Autowired
    MeetingRecords meetings;

    private School a;
    private School b;

    @BeforeEach
    void twoSchools() {
        a = TestSchools.of(schools, DATA, "a");
        b = TestSchools.of(schools, DATA, "b");
        TestPeople.ensure(identity, a, "apartcuratora", Role.CURATOR, "Акимова", "Анна Сергеевна");
        TestPeople.ensure(identity, b, "apartcuratorb", Role.CURATOR, "Борисова", "Вера Олеговна");
    }

    @Test
    void aTeacherOfBothSchoolsIsInBothBanks() {
        String email = DATA.email("both-schools");

        Mentee inA = mentees.add(a.id(), newMentee("Двоева Мария", email));
        Mentee inB = mentees.add(b.id(), newMentee("Двоева Мария", email));
        Mentor mentorInA = mentors.add(a.id(), newMentor("Двоев Пётр", DATA.email("both-mentor")));
        Mentor mentorInB = mentors.add(b.id(), newMentor("Двоев Пётр", DATA.email("both-mentor")));

        assertThat(inA.id()).isNotEqualTo(inB.id());
        assertThat(mentees.find(a.id(), inB.id())).as("school B's row asked for in school A").isEmpty();
        assertThat(mentors.find(b.id(), mentorInA.id())).isEmpty();
        assertThat(mentees.list(a.id())).extracting(Mentee::id).contains(inA.id()).doesNotContain(inB.id());
        assertThat(mentors.list(b.id())).extracting(Mentor::id).contains(mentorInB.id()).doesNotContain(mentorInA.id());
    }

    @Test
    void aCuratorSeesTheirSchoolsBanksPairsAndMeetingsOnly() {
        String pairOfA = startPair(a, "Алексеев Антон", "Аннина Алла");
        String pairOfB = startPair(b, "Борисов Борис", "Бойко Белла");
        meetings.add(b.id(), pairOfB, MeetingKind.JOINT_WORK, START.plusDays(3), "Очно", "Тема школы Б", "Итог школы Б",
                "apartcuratorb", LocalDateTime.now());
        Http curatorOfA = new Http(port).as("apartcuratora", TestPeople.password("apartcuratora"));

        String bankPage = curatorOfA.getHtml("/registry").body();
        assertThat(bankPage).contains("Алексеев Антон", "Аннина Алла").doesNotContain("Борисов Борис", "Бойко Белла");
        assertThat(curatorOfA.get("/registry/mentees").body()).contains("Аннина Алла").doesNotContain("Бойко Белла");
        assertThat(curatorOfA.get("/registry/mentors").body()).contains("Алексеев Антон").doesNotContain("Борисов Борис");

        Http.Reply pairs = curatorOfA.get("/pairs");
        assertThat(pairs.status()).isEqualTo(200);
        assertThat(pairs.json().findValuesAsText("pairId")).contains(pairOfA).doesNotContain(pairOfB);
        assertThat(curatorOfA.getHtml("/pairs").body()).contains("Алексеев Антон").doesNotContain("Борисов Борис");
        assertThat(meetings.of(a.id(), pairOfB)).as("school B's meeting read in school A").isEmpty();
        assertThat(meetings.of(b.id(), pairOfB)).extracting(MeetingRecords.Meeting::topic).containsExactly("Тема школы Б");
    }

    @Test
    void aPairOfTheOtherSchoolIsNotFoundAndItsPagesAreForbidden() {
        String pairOfB = startPair(b, "Богданов Глеб", "Белова Дарья");
        Http curatorOfA = new Http(port).as("apartcuratora", TestPeople.password("apartcuratora"));

        Http.Reply absence = curatorOfA.postForm("/pairs/" + pairOfB + "/absence", Map.of("who", "mentor",
                "reason", "SICK_LEAVE", "firstDay", START.plusDays(10).toString(), "lastDay", START.plusDays(12).toString()));
        assertThat(absence.status()).isEqualTo(404);
        assertThat(absence.body()).contains("Наставническая пара не найдена.");
        Http.Reply termination = curatorOfA.postForm("/pairs/" + pairOfB + "/termination", Map.of("reason", "OTHER",
                "comment", "чужая пара"));
        assertThat(termination.status()).isEqualTo(404);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("pairId", pairOfB).singleResult().isEnded())
                .as("school B's pair works on").isFalse();

        Http.Reply otherSchoolsBank = curatorOfA.get("/registry/mentees?school=" + b.id());
        assertThat(otherSchoolsBank.status()).isEqualTo(403);
        assertThat(otherSchoolsBank.body()).contains("доступны только куратору и директору этой школы");
        assertThat(curatorOfA.get("/pairs?school=" + b.id()).status()).isEqualTo(403);
    }

    /** A working pair of the school, put at its joint-work meeting (as startPairsDelegate leaves it, with the meetings before). */
    private String startPair(School school, String mentorName, String menteeName) {
        Mentor mentor = mentors.add(school.id(), newMentor(mentorName, DATA.email(school.id() + "-" + UUID.randomUUID())));
        Mentee mentee = mentees.add(school.id(), newMentee(menteeName, DATA.email(school.id() + "-" + UUID.randomUUID())));
        Pair pair = new Pair(UUID.randomUUID().toString(), mentor.id(), mentor.fullName(), List.of(mentee.id()),
                List.of(mentee.fullName()), 6, "teacherTeacher", "Педагог — педагог", START, START.plusMonths(6));
        ProcessInstance instance = runtime.createProcessInstanceByKey(PairVariables.PROCESS_KEY).businessKey(DATA.key(school.id()))
                .setVariable(InstanceSchool.START_VARIABLE, school.id())
                .setVariable(PairVariables.PAIR, JsonVariables.object(pair.toMap()))
                .setVariable("pairId", pair.pairId())
                .setVariable("schoolName", school.shortName())
                .setVariable("schoolYear", "2026/2027")
                .setVariable("curator", "apartcurator" + (school == a ? "a" : "b"))
                .setVariable(PairVariables.PLANNED_MEETING, START.plusDays(20).toString())
                .setVariable(PairVariables.LAST_MEETING_DATE, START.plusDays(6).toString())
                .startBeforeActivity("Task_JointMeeting").execute();
        assertThat(instance.getTenantId()).isEqualTo(school.id());
        return pair.pairId();
    }

    private static NewMentee newMentee(String name, String email) {
        return new NewMentee(name, email, null, null, null, "Математика", LocalDate.of(2026, 9, 1), 1, null);
    }

    private static NewMentor newMentor(String name, String email) {
        return new NewMentor(name, email, null, "МБОУ СШ", "Методика", List.of(), null, null, null, 6, null);
    }
}
