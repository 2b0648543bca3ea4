package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.QuestionnaireFixture;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.support.ClassData;

/**
 * The entry questionnaire of a pair as its people get it: one letter each with a personal link, even when the first
 * sending fails halfway; the link opens only their own questionnaire, once, until the round closes; guessed, altered,
 * reused and expired links are refused politely; bad answers are refused in Russian with nothing stored; a double
 * submit stores once; the reminder reaches only those who have not answered, and the round closes with what came in.
 */
@NastavnikTest
class QuestionnaireLinksTest {

    @Autowired
    Schools schools;

    private final ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private QuestionnaireFixture school;
    private ProcessInstance pair;
    private Http http;

    @Autowired
    QuestionnaireLinksTest(ProcessEngine engine) {
        this.engine = engine;
    }

    @BeforeEach
    void aPairJustStarted() {
        TestMailServer.purge();
        school = new QuestionnaireFixture(engine, school());
        pair = school.workingPair();
        http = new Http(port);
    }

    @Test
    void theEntryQuestionnaireReachesTheMentorAndTheMenteeOnceEachEvenWhenTheFirstSendingFailsHalfway() {
        TestMailServer.purge();
        String menteeId = menteeId();
        String goodAddress = school.menteeEmail();
        jdbc.update("update nst_mentee set email = ? where id = ?", "no address at all@@", menteeId);
        Throwable failure = catchThrowable(() -> runJob(pair.getId(), "ServiceTask_SendEntryQuestionnaire"));
        assertThat(failure).as("the mentee's address is broken").isNotNull();
        assertThat(TestMailServer.receivedBy(school.mentorEmail())).as("the mentor's letter left before the failure").hasSize(1);
        jdbc.update("update nst_mentee set email = ? where id = ?", goodAddress, menteeId);
        runJob(pair.getId(), "ServiceTask_SendEntryQuestionnaire");

        MimeMessage toMentor = only(school.mentorEmail());
        MimeMessage toMentee = only(goodAddress);
        assertThat(QuestionnaireFixture.subject(toMentor)).isEqualTo("Анкета участника программы наставничества: начало работы");
        assertThat(TestMailServer.text(toMentee)).contains("Здравствуйте, Молодой " + school.run + " Первый!",
                "Ответить можно до 04.10.2026 включительно", "Ссылка личная");
        assertThat(rounds()).as("one round, one process for its reminder and closing").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from nst_questionnaire_invitation where sent_at is not null and round_id = "
                + "(select round_id from nst_questionnaire_invitation where id = ?)", Integer.class, invitationOf(menteeId()))).isEqualTo(2);

        String mentorPage = http.getHtml(QuestionnaireFixture.linksTo(school.mentorEmail()).get(0)).body();
        assertThat(mentorPage).as("the mentor's link of the first attempt still works").contains("Входная анкета",
                "Здравствуйте, <span>Громов " + school.run + " Пётр</span>", "Насколько вам хочется заниматься наставнической деятельностью?")
                .doesNotContain("Молодой " + school.run, "Насколько легко вам обращаться за помощью");
        Http.Reply menteePage = http.getHtml(menteeLink());
        assertThat(menteePage.status()).isEqualTo(200);
        assertThat(menteePage.body()).contains("Насколько легко вам обращаться за помощью к более опытным коллегам?")
                .doesNotContain("Громов " + school.run);
    }

    @Test
    void aLinkAnswersOnceAndGuessedAlteredReusedOrExpiredLinksAreRefusedPolitely() {
        sendEntry();
        String link = menteeLink();

        for (String wrong : List.of("/q/" + "A".repeat(43), "/q/abc", "/q/" + link.substring(3, 45) + flip(link.charAt(45)),
                "/q/" + link.substring(3) + "x", "/q/%00" + link.substring(4))) {
            Http.Reply refused = http.getHtml(wrong);
            assertThat(refused.status()).as(wrong).isIn(400, 404);
            if (refused.status() == 404) {
                assertThat(refused.body()).contains("Ссылка не найдена").doesNotContain("Exception", "at ru.", "Молодой");
            }
        }
        assertThat(http.postPage("/q/" + "B".repeat(43), List.of(Map.entry("q.involvement", "5")), http.base()).status()).isEqualTo(404);

        Http.Reply thanks = answer(link, 4);
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.body()).contains("Спасибо!", "Ваши ответы сохранены");
        assertThat(answerRows()).isEqualTo(8);

        Http.Reply again = http.getHtml(link);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("Анкета уже заполнена", "Ссылка работает один раз");
        assertThat(answer(link, 1).status()).isEqualTo(410);
        assertThat(answerRows()).as("the second submit stored nothing").isEqualTo(8);
        assertThat(jdbc.queryForObject("select answer from nst_questionnaire_answer where question_id = 'expectations' and invitation_id = ?",
                String.class, invitationOf(menteeId()))).isEqualTo("Научиться <b>оценивать</b> 😊");

        String mentorLink = QuestionnaireFixture.linksTo(school.mentorEmail()).get(0);
        String page = http.getHtml(mentorLink).body();
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 10, 5, 0, 0).atZone(ZoneId.systemDefault()).toInstant()));
        Http.Reply expired = http.getHtml(mentorLink);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("Срок ответа истёк", "до 04.10.2026 включительно");
        assertThat(http.postPage(mentorLink, List.of(Map.entry("nonce", QuestionnaireFixture.nonce(page)),
                Map.entry("q.involvement", "5")), http.base()).status()).isEqualTo(410);
        assertThat(jdbc.queryForObject("select count(*) from nst_questionnaire_answer where invitation_id = ?", Integer.class,
                invitationOf(mentorId()))).isZero();
    }

    @Test
    void badAnswersAreRefusedInRussianNextToTheirQuestionsWithNothingStoredAndMarkupShownAsText() {
        sendEntry();
        String link = menteeLink();
        String nonce = QuestionnaireFixture.nonce(http.getHtml(link).body());
        List<Map.Entry<String, String>> bad = new ArrayList<>(List.of(Map.entry("nonce", nonce),
                Map.entry("q.involvement", "7"), Map.entry("q.competences", "три"), Map.entry("q.ownRole", "3"),
                Map.entry("q.climate", "4"), Map.entry("q.askingForHelp", "2"), Map.entry("q.expectedTime", "always"),
                Map.entry("q.expectations", "<script>alert('взлом')</script>" + "я".repeat(2000))));

        Http.Reply refused = http.postPage(link, bad, http.base());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Ответы не сохранены: исправьте, пожалуйста, отмеченные вопросы",
                "Оценка должна быть от 1 до 5.", "Оценка должна быть числом от 1 до 5.", "Выберите оценку от 1 до 5.",
                "Такого варианта ответа нет: выберите из предложенных.", "Ответ не длиннее 2000 знаков, сейчас 2031.",
                "&lt;script&gt;alert(&#39;взлом&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(refused.body()).as("what was entered stays checked").containsPattern("name=\"q.ownRole\" value=\"3\"[^>]*checked=\"checked\"");
        assertThat(answerRows()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from nst_questionnaire_invitation where answered_at is not null and id = ?",
                Integer.class, invitationOf(menteeId()))).isZero();

        assertThat(answer(link, 5).status()).as("the same link, answered well").isEqualTo(200);
    }

    @Test
    void aPostFromAnotherSiteOrWithoutThePagesNonceIsRefused() {
        sendEntry();
        String link = menteeLink();
        String nonce = QuestionnaireFixture.nonce(http.getHtml(link).body());

        Http.Reply crossSite = http.postPage(link, QuestionnaireFixture.menteeEntryAnswers(nonce, 5), "https://evil.example");
        Http.Reply noNonce = http.postPage(link, QuestionnaireFixture.menteeEntryAnswers("", 5), http.base());
        Http.Reply wrongNonce = http.postPage(link, QuestionnaireFixture.menteeEntryAnswers(nonce + "x", 5), null);

        assertThat(List.of(crossSite.status(), noNonce.status(), wrongNonce.status())).containsOnly(403);
        assertThat(crossSite.body()).contains("Форма не принята", "Откройте ссылку из письма ещё раз");
        assertThat(answerRows()).isZero();
    }

    @Test
    void twoSubmitsAtOnceStoreTheAnswersOnce() throws Exception {
        sendEntry();
        String link = menteeLink();
        String nonce = QuestionnaireFixture.nonce(http.getHtml(link).body());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> submits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int point = i + 1;
                submits.add(() -> new Http(port).postPage(link, QuestionnaireFixture.menteeEntryAnswers(nonce, point), null).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : threads.invokeAll(submits)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 410);
        } finally {
            threads.shutdown();
        }
        assertThat(answerRows()).isEqualTo(8);
        assertThat(jdbc.queryForList("select distinct answer from nst_questionnaire_answer where question_id = 'involvement' and invitation_id = ?",
                String.class, invitationOf(menteeId()))).hasSize(1);
    }

    @Test
    void thePageNeedsNoLoginWhileTheEngineAndTheStaffPagesStayProtected() {
        sendEntry();
        Http.Reply page = http.getHtml(menteeLink());

        assertThat(page.status()).isEqualTo(200);
        assertThat(http.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(http.get("/pairs").status()).as("to the login").isIn(302, 401);
        assertThat(http.postJson("/registry/mentees", "{}").status()).isEqualTo(401);
        assertThat(page.body()).doesNotContain("Войдите");
    }

    @Test
    void thoseWhoHaveNotAnsweredAreRemindedOnceWithAWorkingLinkAndTheRoundClosesWithWhatCameIn() {
        sendEntry();
        assertThat(answer(menteeLink(), 3).status()).isEqualTo(200);
        String round = jdbc.queryForObject("select round_id from nst_questionnaire_invitation where id = ?", String.class, invitationOf(mentorId()));
        String process = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("QuestionnaireRound")
                .variableValueEquals("roundId", round).singleResult().getId();
        TestMailServer.purge();

        assertThat(fire(process, "Timer_ReminderDue")).isEqualTo(LocalDateTime.of(2026, 9, 27, 9, 0));
        runJob(process, "ServiceTask_RemindUnanswered");

        assertThat(TestMailServer.receivedBy(school.menteeEmail())).as("she answered").isEmpty();
        MimeMessage reminder = only(school.mentorEmail());
        assertThat(QuestionnaireFixture.subject(reminder)).isEqualTo("Напоминание. Анкета участника программы наставничества: начало работы");
        assertThat(TestMailServer.text(reminder)).contains("Напоминаем: мы ещё не получили ваших ответов на анкету.");
        String reminderLink = QuestionnaireFixture.linksTo(school.mentorEmail()).get(0);
        assertThat(http.getHtml(reminderLink).status()).isEqualTo(200);

        assertThat(fire(process, "Timer_RoundClosing")).isEqualTo(LocalDateTime.of(2026, 10, 4, 23, 59));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(process).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_RoundClosed");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(process).variableName("answered")
                .singleResult().getValue()).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from nst_questionnaire_round where id = ? and closed_at is not null", Integer.class, round))
                .isEqualTo(1);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 10, 4, 23, 0).atZone(ZoneId.systemDefault()).toInstant()));
        Http.Reply closed = http.getHtml(reminderLink);
        assertThat(closed.status()).as("a closed round takes no answers, even before the link's last minute").isEqualTo(410);
        assertThat(closed.body()).contains("Срок ответа истёк");
    }

    // ------------------------------------------------------------------ helpers

    private void sendEntry() {
        runJob(pair.getId(), "ServiceTask_SendEntryQuestionnaire");
    }

    private String menteeLink() {
        List<String> links = QuestionnaireFixture.linksTo(school.menteeEmail());
        assertThat(links).hasSize(1);
        return links.get(0);
    }

    private Http.Reply answer(String link, int point) {
        String page = http.getHtml(link).body();
        String nonce = page.contains("name=\"nonce\"") ? QuestionnaireFixture.nonce(page) : "none";
        return http.postPage(link, QuestionnaireFixture.menteeEntryAnswers(nonce, point), http.base());
    }

    private int answerRows() {
        return jdbc.queryForObject("select count(*) from nst_questionnaire_answer where invitation_id = ?", Integer.class,
                invitationOf(menteeId()));
    }

    private String invitationOf(String personId) {
        return jdbc.queryForObject("select i.id from nst_questionnaire_invitation i join nst_questionnaire_round r on r.id = i.round_id "
                + "where r.kind = 'ENTRY' and i.person_id = ?", String.class, personId);
    }

    private String menteeId() {
        return jdbc.queryForObject("select id from nst_mentee where email = ?", String.class, school.menteeEmail());
    }

    private String mentorId() {
        return jdbc.queryForObject("select id from nst_mentor where email = ?", String.class, school.mentorEmail());
    }

    private long rounds() {
        String round = jdbc.queryForObject("select round_id from nst_questionnaire_invitation where id = ?", String.class, invitationOf(menteeId()));
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("QuestionnaireRound")
                .variableValueEquals("roundId", round).count();
    }

    private void runJob(String instance, String activity) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
        assertThat(job).as("job " + activity).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private LocalDateTime fire(String instance, String timer) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timer).singleResult();
        assertThat(job).as("timer " + timer).isNotNull();
        ClockUtil.setCurrentTime(job.getDuedate());
        engine.getManagementService().executeJob(job.getId());
        return LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> mail = TestMailServer.receivedBy(address);
        assertThat(mail).as("mail to " + address).hasSize(1);
        return mail.get(0);
    }

    private static char flip(char c) {
        return c == 'A' ? 'B' : 'A';
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
