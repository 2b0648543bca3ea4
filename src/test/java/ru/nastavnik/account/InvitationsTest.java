package ru.nastavnik.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.identity.Role;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.InvitationLetters;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;

/**
 * Accounts at scale, as the invited person lives it (real PostgreSQL, real SMTP): the account and its groups made once,
 * one letter with a link that sets the password once, after which HTTP Basic works; a used or expired link refused in
 * Russian; a new letter asked for, exactly one; a mail outage leaves the letter retrying and the account kept.
 */
@NastavnikTest
class InvitationsTest {

    private static final Pattern LINK = Pattern.compile("/account/password/([A-Za-z0-9_-]{43})");
    private static final String GOOD_PASSWORD = "Лиса-на-мосту-2026";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private String run;
    private String school;
    private String email;

    @BeforeEach
    void aSchool() {
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        school = "inv" + run;
        email = "invited." + run + "@test-school.example";
        IdentityService identity = engine.getIdentityService();
        Tenant tenant = identity.newTenant(school);
        tenant.setName("Школа приглашений " + run);
        identity.saveTenant(tenant);
    }

    @AfterEach
    void mailServerBack() {
        TestMailServer.restart();
    }

    @Test
    void anAccountIsMadeOnceWithItsGroupsAndOneLetterWhoseLinkSetsThePasswordOnce() {
        Person person = new Person("Invited." + run + "@Test-School.example", "Приглашённая", "Анна");
        String login = accounts.ensure(person, school, Role.MENTOR);
        assertThat(accounts.ensure(person, school, Role.MENTOR)).isEqualTo(login).isEqualTo(email);
        assertThat(TestMailServer.receivedBy(email)).as("nothing leaves before the job runs").isEmpty();

        IdentityService identity = engine.getIdentityService();
        assertThat(identity.createGroupQuery().groupMember(login).list()).extracting(group -> group.getId())
                .containsExactlyInAnyOrder("mentor", school + "-mentor");
        assertThat(identity.createGroupQuery().groupId(school + "-mentor").singleResult().getName()).isEqualTo("Наставник — " + school);
        assertThat(identity.createTenantQuery().groupMember(school + "-mentor").list()).extracting(Tenant::getId).containsExactly(school);

        sendLetters(login);
        accounts.ensure(person, school, Role.MENTOR);
        sendLetters(login);
        List<MimeMessage> letters = TestMailServer.receivedBy(email);
        assertThat(letters).as("one letter, however often the account is ensured").hasSize(1);
        String text = TestMailServer.text(letters.get(0));
        assertThat(text).contains("Задать пароль", login);
        String token = token(letters.get(0));

        Http http = new Http(port);
        assertThat(new Http(port).as(login, GOOD_PASSWORD).get("/engine-rest/task/count").status())
                .as("no password yet").isEqualTo(401);
        later(Duration.ofMinutes(1)); // the engine's login throttling after that wrong attempt
        assertThat(http.getHtml("/account/password/" + token).body()).contains("Задайте пароль", login);
        Http.Reply weak = http.postPage("/account/password/" + token, fields("qwerty123", "qwerty123"), null);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("Пароль не принят");
        Http.Reply mismatch = http.postPage("/account/password/" + token, fields(GOOD_PASSWORD, GOOD_PASSWORD + "!"), null);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("не совпадают");
        Http.Reply set = http.postPage("/account/password/" + token, fields(GOOD_PASSWORD, GOOD_PASSWORD), null);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("Пароль задан");

        assertThat(new Http(port).as(login, GOOD_PASSWORD).get("/engine-rest/task/count").status()).isEqualTo(200);
        Http.Reply again = http.postPage("/account/password/" + token, fields("Другой-пароль-2026", "Другой-пароль-2026"), null);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("Ссылка уже использована");
        assertThat(new Http(port).as(login, GOOD_PASSWORD).get("/engine-rest/task/count").status())
                .as("the second use changed nothing").isEqualTo(200);
        assertThat(jdbc.queryForList("select token_hash from nst_account_invitation where user_id = ?", String.class, login))
                .singleElement().satisfies(hash -> assertThat(hash).hasSize(64).isNotEqualTo(token));
    }

    @Test
    void anExpiredLinkIsRefusedAndAskingAgainSendsExactlyOneNewLetter() {
        String login = accounts.ensure(new Person(email, "Просроченная", "Вера"), school, Role.MENTEE);
        sendLetters(login);
        String first = token(TestMailServer.receivedBy(email).get(0));
        later(Duration.ofDays(8));

        Http http = new Http(port);
        Http.Reply expired = http.getHtml("/account/password/" + first);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("Срок ссылки истёк", "Прислать новое письмо");
        assertThat(http.postPage("/account/password/" + first, fields(GOOD_PASSWORD, GOOD_PASSWORD), null).status()).isEqualTo(410);

        Http.Reply asked = http.postPage("/account/letter", List.of(Map.entry("email", email.toUpperCase())), null);
        Http.Reply unknown = http.postPage("/account/letter", List.of(Map.entry("email", "nobody." + run + "@test-school.example")), null);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(unknown.body()).as("the same answer whatever the address").isEqualTo(asked.body());
        http.postPage("/account/letter", List.of(Map.entry("email", email)), null);
        sendLetters(login);

        List<MimeMessage> letters = TestMailServer.receivedBy(email);
        assertThat(letters).as("the first letter and exactly one new one").hasSize(2);
        String second = token(letters.get(1));
        assertThat(second).isNotEqualTo(first);
        assertThat(http.getHtml("/account/password/" + second).body()).contains("Задайте пароль");
        assertThat(http.getHtml("/account/password/" + first).status()).as("the old link stays expired").isEqualTo(410);

        String curator = TestPeople.ensure(engine.getIdentityService(), "invcurator" + run, "curator", "Кураторова", "Нина");
        accounts.ensure(new Person("invited-curator." + run + "@test-school.example", "Кураторова", "Нина"), school, Role.CURATOR);
        engine.getIdentityService().createMembership(curator, school + "-curator");
        String stranger = TestPeople.ensure(engine.getIdentityService(), "invstranger" + run, "curator", "Чужая", "Ольга");
        later(Duration.ofMinutes(11));
        assertThat(new Http(port).as(stranger, TestPeople.password(stranger)).postJson("/api/accounts/" + login + "/invitation", "{}")
                .status()).as("not a curator of this school").isEqualTo(403);
        assertThat(new Http(port).as(curator, TestPeople.password(curator)).postJson("/api/accounts/" + login + "/invitation", "{}")
                .status()).isEqualTo(202);
        sendLetters(login);
        assertThat(TestMailServer.receivedBy(email)).as("the curator's new letter").hasSize(3);
    }

    @Test
    void aMailOutageLeavesTheLetterRetryingAndTheAccountKept() {
        TestMailServer.stop();
        String login = accounts.ensure(new Person(email, "Терпеливая", "Ирина"), school, Role.CURATOR);
        ManagementService management = engine.getManagementService();
        for (Job job = letterJob(login); job.getRetries() > 0; job = letterJob(login)) {
            String jobId = job.getId();
            assertThat(catchThrowable(() -> management.executeJob(jobId))).as("the mail server is down").isNotNull();
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(letterJob(login).getProcessInstanceId())
                .list()).as("an incident in Cockpit").isNotEmpty()
                .allSatisfy(incident -> assertThat(incident.getIncidentMessage()).doesNotContain("@"));
        assertThat(engine.getIdentityService().createUserQuery().userId(login).memberOfGroup(school + "-curator").count())
                .as("the account is kept").isEqualTo(1);

        TestMailServer.restart();
        management.setJobRetries(letterJob(login).getId(), 1);
        management.executeJob(letterJob(login).getId());
        assertThat(TestMailServer.receivedBy(email)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from nst_sent_mail where mail_key in "
                + "(select 'account-invitation:' || id from nst_account_invitation where user_id = ?)", Integer.class, login)).isEqualTo(1);
    }

    private static void later(Duration time) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(time)));
    }

    private void sendLetters(String login) {
        InvitationLetters.send(engine, jdbc, login);
    }

    private Job letterJob(String login) {
        String id = jdbc.queryForObject("select id from nst_account_invitation where user_id = ?", String.class, login);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    }

    private static String token(MimeMessage letter) {
        Matcher link = LINK.matcher(TestMailServer.text(letter));
        assertThat(link.find()).as("a link in the letter").isTrue();
        return link.group(1);
    }

    private static List<Map.Entry<String, String>> fields(String password, String repeated) {
        return List.of(Map.entry("password", password), Map.entry("repeated", repeated));
    }
}
