package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.ProductionLikeEnvironment;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.ZipBomb;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.identity.Role;

/**
 * The «Medium» attacks of docs/security.md, each as the attacker tried it: a login locked for good by ten wrong passwords,
 * passwords like «1», markup in the consent text (formulas in exports: monitoring.MonitoringDocumentsTest; uploads that cost
 * far more than their size: registry.UploadCostTest).
 * The section «Medium: lockout, passwords, exports, consent text, uploads» of docs/security.md lists them with their results.
 */
@NastavnikTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediumAttackTest {

    @Autowired
    Schools schools;

    private static final String ADMIN = "mediumadmin";

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void anAdministratorWithAnAddress() {
        TestPeople.ensure(engine.getIdentityService(), ADMIN, "camunda-admin", "Жукова", "Вера");
    }

    @BeforeEach
    void emptyMailbox() {
        TestMailServer.purge();
    }

    @Test
    void tenWrongPasswordsLockALoginForFifteenMinutesAndTellThePersonAndTheAdministrators() {
        IdentityService identity = engine.getIdentityService();
        String director = TestPeople.ensure(identity, school(), "lockdirector" + run, Role.DIRECTOR, "Орлова", "Нина");
        String password = TestPeople.password(director);
        Date now = new Date();
        for (int attempt = 1; attempt <= 10; attempt++) {
            // past the engine's throttling delay (at most a minute) before each try, as the attacker spaced them
            now = new Date(now.getTime() + Duration.ofMinutes(2).toMillis());
            ClockUtil.setCurrentTime(now);
            assertThat(identity.checkPassword(director, "wrong-" + attempt)).isFalse();
        }

        ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofMinutes(2).toMillis()));
        assertThat(identity.checkPassword(director, password)).as("locked: the right password too").isFalse();
        assertThat(basic(director, password).get("/engine-rest/task/count").status()).isEqualTo(401);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(TestMailServer.receivedBy(director + "@test-school.example")).hasSize(1);
            assertThat(TestMailServer.receivedBy(ADMIN + "@test-school.example")).hasSize(1);
        });
        assertThat(TestMailServer.text(TestMailServer.receivedBy(director + "@test-school.example").get(0)))
                .contains("Здравствуйте, Нина!", "вход закрыт до");
        assertThat(TestMailServer.text(TestMailServer.receivedBy(ADMIN + "@test-school.example").get(0)))
                .contains("«" + director + "» (Орлова Нина)", "затем откроется сам");

        ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofMinutes(16).toMillis()));
        assertThat(basic(director, password).get("/engine-rest/task/count").status()).as("the lockout is over").isEqualTo(200);
        assertThat(identity.checkPassword(director, password)).isTrue();

        // counted again from the start: one more wrong password delays, it does not lock
        ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofMinutes(20).toMillis()));
        assertThat(identity.checkPassword(director, "wrong-again")).isFalse();
        ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofMinutes(22).toMillis()));
        assertThat(identity.checkPassword(director, password)).isTrue();
        assertThat(TestMailServer.receivedBy(director + "@test-school.example")).as("one letter a lockout").hasSize(1);
    }

    @Test
    void anAdministratorCannotCreateAUserWithThePassword1() {
        Http admin = new Http(port).as("admin", ProductionLikeEnvironment.ADMIN_PASSWORD);
        String login = "weak" + run;

        Http.Reply reply = admin.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + login
                + "\",\"firstName\":\"Анна\",\"lastName\":\"Слабова\",\"email\":\"" + login + "@test-school.example\"},"
                + "\"credentials\":{\"password\":\"1\"}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText())
                .startsWith("Пароль не принят: он короче 10 символов")
                .contains("Ничего не сохранено.");
        assertThat(engine.getIdentityService().createUserQuery().userId(login).count()).isZero();

        for (String weak : new String[] {"qwerty12345", login + "-2026!", "Слабова-2026-x"}) {
            Http.Reply refused = admin.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + login
                    + "\",\"firstName\":\"Анна\",\"lastName\":\"Слабова\",\"email\":\"" + login + "@test-school.example\"},"
                    + "\"credentials\":{\"password\":\"" + weak + "\"}}");
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().path("message").asText()).as(weak).startsWith("Пароль не принят");
        }
        assertThat(engine.getIdentityService().createUserQuery().userId(login).count()).isZero();
    }

    @Test
    void aUserCannotChangeTheirOwnPasswordTo1() {
        String mentor = TestPeople.ensure(engine.getIdentityService(), school(), "weakmentor" + run, Role.MENTOR, "Краснов", "Лев");
        String password = TestPeople.password(mentor);

        Http.Reply reply = basic(mentor, password).putJson("/engine-rest/user/" + mentor + "/credentials",
                "{\"password\":\"1\",\"authenticatedUserPassword\":\"" + password + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("Пароль не принят: он короче 10 символов");
        assertThat(engine.getIdentityService().checkPassword(mentor, password)).as("the old password still works").isTrue();
        assertThat(engine.getIdentityService().checkPassword(mentor, "1")).isFalse();
    }

    @Test
    void adminShowsTheRulesOfThePasswordPolicyInRussian() {
        Http.Reply policy = new Http(port).as("admin", ProductionLikeEnvironment.ADMIN_PASSWORD).get("/engine-rest/identity/password-policy");

        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.json().path("rules").findValuesAsText("placeholder"))
                .containsExactly("Не короче 10 символов", "Без логина, имени, фамилии и адреса почты",
                        "Не из списка распространённых паролей (qwerty123, пароль, 1q2w3e4r…)");
    }

    @Test
    void namesWithMarkupAreShownAsTypedInTheConsentText() {
        String name = "Ложкин <img src=x onerror=alert(1)> [сайт](http://evil.example) **Пётр**";
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("pairId", "markup-" + run);
        pair.put("mentorId", "no-mentor-" + run);
        pair.put("mentorName", name);
        pair.put("menteeIds", List.of("no-mentee-" + run));
        pair.put("menteeNames", List.of("![x](http://evil.example/p.png) Анна"));
        pair.put("months", 6);
        pair.put("formCode", "teacherTeacher");
        pair.put("form", "«педагог — педагог»");
        ProcessInstance consents = engine.getRuntimeService().startProcessInstanceByKey("PairConsent", "markup-" + run, TestSchools.in(school(), Map.of(
                "pair", Variables.objectValue(pair).serializationDataFormat(Variables.SerializationDataFormats.JSON).create(),
                "schoolName", "Школа разметки " + run, "curator", "nobody-" + run)));
        try {
            for (Task consent : engine.getTaskService().createTaskQuery().processInstanceId(consents.getId()).list()) {
                String text = engine.getTaskService().getVariable(consent.getId(), "consentText").toString();
                assertThat(text).doesNotContain("<img", "](http", "**Пётр**", "![x]")
                        .contains("&lt;img src\\=x onerror\\=alert\\(1\\)&gt;", "\\[сайт\\]\\(http\\://evil\\.example\\)");
            }
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(consents.getId()).count()).isEqualTo(2);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(consents.getId(), "test over");
        }
    }

    @Test
    void aCsvOfAMillionColumnsAndAZipBombAreRefusedInRussianAtOnceWithNothingSaved() throws IOException {
        String curator = TestPeople.ensure(engine.getIdentityService(), school(), "uploadcurator", Role.CURATOR, "Лебедева", "Ольга");
        Http http = basic(curator, TestPeople.password(curator));
        StringBuilder csv = new StringBuilder("ФИО;Email;Дата начала работы");
        for (int i = 0; i < 1_000_000; i++) {
            csv.append(";c").append(i % 10);
        }
        csv.append("\r\nШирокова " + run + ";wide." + run + "@test-school.example;01.09.2025\r\n");

        Http.Reply wide = http.upload("/registry/mentees/import", "wide.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.json().path("message").asText()).startsWith("В строке 1 больше 200 заполненных столбцов");
        assertThat(wide.body().length()).as("one message, not a million warnings").isLessThan(1_000);

        Http.Reply bombed = http.upload("/registry/mentees/import", "bomb.xlsx", ZipBomb.oneGigabyteSheet());

        assertThat(bombed.status()).isEqualTo(400);
        assertThat(bombed.json().path("message").asText()).startsWith("Книга Excel в распакованном виде больше 256 МБ");
        assertThat(http.get("/registry/mentees").body()).doesNotContain("wide." + run);
    }

    private Http basic(String login, String password) {
        return new Http(port).as(login, password);
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
