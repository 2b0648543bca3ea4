package ru.nastavnik.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.PairDriver;
import ru.nastavnik.support.ProgrammeDriver;
import ru.nastavnik.support.ProgrammeSteps;
import ru.nastavnik.support.QuestionnaireFixture;
import ru.nastavnik.support.QuestionnaireJobs;
import ru.nastavnik.support.Stage1Forms;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.identity.Role;

/**
 * Malformed input through every door a script can use (the REST API bypassing Tasklist's checks, bank uploads, the
 * pairs page, migration, deployment): each is refused with a Russian message, no 500 and no stack trace, and
 * nothing is stored. The table of inputs is in docs/reliability.md, in the same order.
 */
@NastavnikTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, DATA).id();
    }

    /** One malformed input: where it goes, what is sent, the Russian words the answer must contain. */
    record Case(String input, String where, Supplier<Http.Reply> send, String expected) { }

    private static final String CURATOR = "badcurator";
    private static final String DIRECTOR = "baddirector";
    private static final String METHODOLOGIST = "badmethodologist";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ru.nastavnik.registry.MenteeBank menteeBank;
    @LocalServerPort
    int port;

    private static final ClassData DATA = ClassData.of(BadInputTest.class);

    /** Lower case, as the bank keeps the addresses ProgrammeSteps makes of it. */
    private final String run = DATA.owner().toLowerCase(Locale.ROOT);
    private ProgrammeDriver driver;
    private ProgrammeSteps steps;
    private PairDriver pairs;
    private String mentorLogin;
    private String pairId;
    private String meetingTask;
    private String formPairsTask;
    private String signTask;
    private String mentorA;
    private String young1;
    private String questionnaireLink;
    private final List<String> extraMentees = new ArrayList<>();

    @BeforeAll
    void aSchoolWithAWorkingPairAnOrderToSignAndARoundOfFormingPairs() {
        TestPeople.ensure(engine.getIdentityService(), school(), DIRECTOR, Role.DIRECTOR, "Лаптева", "Инна Юрьевна");
        TestPeople.ensure(engine.getIdentityService(), school(), CURATOR, Role.CURATOR, "Рябова", "Зоя Львовна");
        TestPeople.ensure(engine.getIdentityService(), school(), METHODOLOGIST, Role.METHODOLOGIST, "Сомова", "Ада Петровна");
        driver = new ProgrammeDriver(engine, school().id(), DATA.key("bad"));
        steps = new ProgrammeSteps(driver, run);
        pairs = new PairDriver(engine, DATA.key("bad"));
        mentorLogin = "gromov" + run;
        TestPeople.ensure(engine.getIdentityService(), school(), mentorLogin, Role.MENTOR, "Громов", "Пётр");
        var user = engine.getIdentityService().createUserQuery().userId(mentorLogin).singleResult();
        user.setEmail(steps.email("gromov"));
        engine.getIdentityService().saveUser(user);
        driver.start(DATA.school("Школа ввода"), LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs(CURATOR);
        driver.at(LocalDate.of(2026, 9, 15).atTime(10, 0));
        Http.Reply extra = curator().upload("/registry/mentees/import", "extra.csv",
                ("ФИО;Email;Дата начала работы;Стаж (лет)\n"
                        + "Доп " + run + " Один;" + DATA.email("extra1") + ";01.09.2020;6\n"
                        + "Доп " + run + " Два;" + DATA.email("extra2") + ";01.09.2020;6\n"
                        + "Доп " + run + " Три;" + DATA.email("extra3") + ";01.09.2020;6\n").getBytes(StandardCharsets.UTF_8));
        assertThat(extra.status()).as(extra.body()).isEqualTo(200);

        mentorA = steps.mentorA();
        young1 = steps.young1();
        for (int i = 1; i <= 3; i++) {
            String email = DATA.email("extra" + i);
            extraMentees.add(menteeBank.list(schoolId()).stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow().id());
        }
        driver.submit("Task_FormPairs", pair(mentorA, 6, "teacherTeacher", false, young1));
        pairs.consentAll();
        driver.at(LocalDate.of(2026, 9, 20).atTime(10, 0));
        driver.signOrder();
        var pairInstance = pairs.pairs().get(0);
        pairId = (String) engine.getRuntimeService().getVariable(pairInstance.getId(), "pairId");
        meetingTask = pairs.taskOf(pairInstance, "Task_AcquaintanceMeeting").getId();
        QuestionnaireJobs.sendIn(engine, pairInstance.getId());
        questionnaireLink = QuestionnaireFixture.linksTo(steps.email("young1")).get(0);

        // a second round: the young mentee who started on 1 September waits for an order signed after the 30 days
        newRound();
        driver.submit("Task_FormPairs", pair(steps.mentorB(), 6, "teacherTeacher", false, steps.young2()));
        pairs.consentAll();
        signTask = driver.task("Task_SignOrder").getId();
        // a third round stays open for the curator's malformed proposals
        newRound();
        formPairsTask = driver.task("Task_FormPairs").getId();
        driver.at(LocalDate.of(2026, 9, 25).atTime(10, 0));
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedInputIsRefusedInRussianAndNothingIsStored() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.where() + ": " + c.input(), () -> {
            driver.at(LocalDate.of(2026, 9, 25).atTime(10, 0));
            Map<String, Long> before = state();
            Http.Reply reply = c.send().get();
            if (reply.status() == 200 && c.where().startsWith("/registry")) {
                // a bank file is checked row by row: the report refuses every row, and none is imported
                assertThat(reply.json().path("imported").asInt()).as(reply.body()).isZero();
                assertThat(reply.json().path("rejected")).as(reply.body()).isNotEmpty();
            } else {
                assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            }
            assertThat(reply.body()).as("no stack trace").doesNotContain("\tat ", "at org.", "at java.", "Caused by", "Exception:");
            assertThat(reply.body()).as("a Russian message").containsPattern("[А-Яа-яЁё]").contains(c.expected());
            if (c.where().startsWith("/q/")) {
                assertThat(reply.body()).as("markup sent back as text").doesNotContain("<script>", "<img");
            }
            assertThat(state()).as("nothing stored").isEqualTo(before);
        }));
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String big = "Ж".repeat(100_000);
        // a curator's proposal of a pair, posted to the REST API past Tasklist
        cases.add(formPairs("13-month term", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":13},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}",
                "больше 12"));
        cases.add(formPairs("0-month term", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":0},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}",
                "меньше 1"));
        cases.add(formPairs("term as words", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":\"двенадцать\"},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}",
                "должно быть числом"));
        cases.add(formPairs("term of a wrong declared type", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":\"abc\",\"type\":\"Integer\"},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}",
                "данные в неверном формате"));
        cases.add(new Case("four mentees at once", "REST task/submit-form (form-pairs)", () -> submit(curator(), formPairsTask,
                "{\"mentor\":" + value(steps.mentorB()) + ",\"mentees\":" + list(extraMentees.get(0), extraMentees.get(1), extraMentees.get(2), steps.senior())
                        + ",\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}"), "от одного до трёх"));
        cases.add(new Case("a fourth mentee for a mentor with one", "REST task/submit-form (form-pairs)", () -> submit(curator(), formPairsTask,
                "{\"mentor\":" + value(mentorA) + ",\"mentees\":" + list(extraMentees.toArray(String[]::new))
                        + ",\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}"), "свободно мест: 2"));
        cases.add(new Case("a mentor not in the bank", "REST task/submit-form (form-pairs)", () -> submit(curator(), formPairsTask,
                "{\"mentor\":{\"value\":\"no-such-mentor\"},\"mentees\":" + list(steps.senior())
                        + ",\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}"), "его нет в банке"));
        cases.add(new Case("a mentee already in a pair", "REST task/submit-form (form-pairs)", () -> submit(curator(), formPairsTask,
                "{\"mentor\":" + value(steps.mentorB()) + ",\"mentees\":" + list(young1)
                        + ",\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}"), "уже в паре"));
        cases.add(new Case("the mentor missing", "REST task/submit-form (form-pairs)", () -> submit(curator(), formPairsTask,
                "{\"mentees\":" + list(steps.senior()) + ",\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}"),
                "Заполните поле «Наставник»"));
        cases.add(formPairs("HTML/script as the form of mentoring", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"<script>alert(1)</script>\"}}",
                "форму наставничества из списка"));
        cases.add(new Case("mentees as text, not a list", "REST task/submit-form (form-pairs)", () -> submit(curator(), formPairsTask,
                "{\"mentor\":" + value(steps.mentorB()) + ",\"mentees\":{\"value\":\"abc\"},\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"}}"),
                "Наставляемые"));
        cases.add(formPairs("a variable that is not a form field (pairList)", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"},\"pairList\":{\"value\":\"[]\"}}",
                "нет полей: pairList"));
        cases.add(formPairs("a variable that is not a form field (curator)", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"},\"curator\":{\"value\":\"" + mentorLogin + "\"}}",
                "нет полей: curator"));
        cases.add(formPairs("a checkbox as text", "{\"mentor\":%s,\"mentees\":%s,\"months\":{\"value\":6},\"mentoringForm\":{\"value\":\"teacherTeacher\"},\"addAnotherPair\":{\"value\":\"да\"}}",
                "отмечено или не отмечено"));

        // the mentor records a meeting
        cases.add(meeting("a meeting date in the future", "2026-12-01", "in_person", "Тема", "Итог", "Встреча ещё не прошла"));
        cases.add(meeting("a meeting date before the pair started", "2026-09-01", "in_person", "Тема", "Итог", "раньше начала наставничества"));
        cases.add(meeting("a Russian date instead of ISO", "22.09.2026", "in_person", "Тема", "Итог", "ГГГГ-ММ-ДД"));
        cases.add(meeting("30 February", "2026-02-30", "in_person", "Тема", "Итог", "ГГГГ-ММ-ДД"));
        cases.add(meeting("a date with an emoji", "2026-09-22\uD83D\uDE42", "in_person", "Тема", "Итог", "ГГГГ-ММ-ДД"));
        cases.add(meeting("a format not in the list", "2026-09-22", "teleport", "Тема", "Итог", "не из списка"));
        cases.add(meeting("a 501-character topic", "2026-09-22", "in_person", "Т".repeat(501), "Итог", "длиннее 500"));
        cases.add(meeting("a 100,000-character outcome", "2026-09-22", "in_person", "Тема", big, "длиннее 2000"));
        cases.add(meeting("SQL in the topic of a future meeting", "2026-12-01", "in_person", "'); drop table nst_meeting; --", "Итог",
                "Встреча ещё не прошла"));
        cases.add(new Case("the topic missing", "REST task/submit-form (meeting)", () -> submit(mentor(), meetingTask,
                "{\"meetingDate\":{\"value\":\"2026-09-22\"},\"meetingFormat\":{\"value\":\"online\"},\"meetingOutcome\":{\"value\":\"Итог\"}}"),
                "Заполните поле «Тема встречи»"));
        cases.add(new Case("the topic as a number", "REST task/submit-form (meeting)", () -> submit(mentor(), meetingTask,
                "{\"meetingDate\":{\"value\":\"2026-09-22\"},\"meetingFormat\":{\"value\":\"online\"},\"meetingTopic\":{\"value\":42,\"type\":\"Integer\"},"
                        + "\"meetingOutcome\":{\"value\":\"Итог\"}}"), "должно быть текстом"));
        cases.add(new Case("no variables at all", "REST task/submit-form (meeting)", () -> submit(mentor(), meetingTask, "{}"),
                "Заполните поле"));
        cases.add(new Case("a forged pair variable", "REST task/submit-form (meeting)", () -> submit(mentor(), meetingTask,
                "{\"meetingDate\":{\"value\":\"2026-09-22\"},\"meetingFormat\":{\"value\":\"online\"},\"meetingTopic\":{\"value\":\"Т\"},"
                        + "\"meetingOutcome\":{\"value\":\"И\"},\"pair\":{\"value\":\"{}\"}}"), "нет полей: pair"));
        cases.add(new Case("a body that is not JSON", "REST task/submit-form (meeting)", () -> mentor().postJson(
                "/engine-rest/task/" + meetingTask + "/submit-form", "{\"variables\": {"), "JSON"));
        cases.add(new Case("a task of another pair's mentor", "REST task/submit-form (meeting)", () -> submit(curatorless(), meetingTask,
                "{\"meetingDate\":{\"value\":\"2026-09-22\"},\"meetingFormat\":{\"value\":\"online\"},\"meetingTopic\":{\"value\":\"Т\"},"
                        + "\"meetingOutcome\":{\"value\":\"И\"}}"), "Недостаточно прав"));

        // the director signs an order on day 31
        cases.add(new Case("a mentor approved on day 31", "REST task/submit-form (sign-order)", () -> {
            driver.at(LocalDate.of(2026, 10, 2).atTime(10, 0));
            return submit(director(), signTask, "{\"orderDecision\":{\"value\":\"sign\"}}");
        }, "не позднее 01.10.2026"));
        cases.add(new Case("a decision not in the list", "REST task/submit-form (sign-order)", () -> submit(director(), signTask,
                "{\"orderDecision\":{\"value\":\"maybe\"}}"), "не из списка"));
        cases.add(new Case("a returned order without a comment", "REST task/submit-form (sign-order)", () -> submit(director(), signTask,
                "{\"orderDecision\":{\"value\":\"return\"}}"), "Укажите, что исправить"));

        // a programme started through REST
        cases.add(start("a school year written with a dash", Map.of("schoolYear", "2026-2027"), "неверном формате"));
        cases.add(start("a start date in the past", Map.of("programmeStartDate", "2019-09-01"), "Дата начала программы должна быть"));
        cases.add(start("a 201-character school name", Map.of("schoolName", "Ш".repeat(201)), "длиннее 200"));
        cases.add(start("four months of preparation", Map.of("preparationMonths", 4), "больше 3"));
        cases.add(start("a variable that is not a form field (curator)", Map.of("curator", mentorLogin), "нет полей: curator"));

        // the pairs page, as the curator's script posts it
        cases.add(absence("a Russian date", "mentor", "BUSINESS_TRIP", "05.10.2026", "2026-10-09", "", "ГГГГ-ММ-ДД"));
        cases.add(absence("the last day before the first", "mentor", "BUSINESS_TRIP", "2026-10-09", "2026-10-05", "", "раньше первого"));
        cases.add(absence("a reason not in the list", "mentor", "HOLIDAY", "2026-10-05", "2026-10-09", "", "Выберите причину"));
        cases.add(absence("somebody not of the pair", "someone-else", "SICK_LEAVE", "2026-10-05", "2026-10-09", "", "Выберите, кто"));
        cases.add(absence("an absence of more than a year", "mentor", "SICK_LEAVE", "2026-09-21", "2027-12-01", "", "длиннее года"));
        cases.add(absence("an absence before the pair started", "mentor", "SICK_LEAVE", "2026-09-01", "2026-09-03", "", "в срок наставничества"));
        cases.add(absence("another reason without a comment", "mentor", "OTHER", "2026-10-05", "2026-10-09", "", "в комментарии"));
        cases.add(absence("a 1001-character comment", "mentor", "SICK_LEAVE", "2026-10-05", "2026-10-09", "к".repeat(1001), "длиннее 1000"));
        cases.add(absence("a script in the comment of a malformed absence", "mentor", "OTHER", "2026-10-09", "2026-10-05",
                "<script>alert(1)</script>", "раньше первого"));
        cases.add(new Case("an unknown pair", "/pairs/{id}/absence", () -> curator().postForm("/pairs/no-such-pair/absence",
                Map.of("who", "mentor", "reason", "SICK_LEAVE", "firstDay", "2026-10-05", "lastDay", "2026-10-09")), "Наставническая пара не найдена"));
        cases.add(new Case("a termination without a reason", "/pairs/{id}/termination", () -> curator().postForm("/pairs/" + pairId + "/termination",
                Map.of("comment", "")), "Выберите основание"));
        cases.add(new Case("another reason of termination without a comment", "/pairs/{id}/termination",
                () -> curator().postForm("/pairs/" + pairId + "/termination", Map.of("reason", "OTHER")), "в комментарии"));

        // bank uploads
        String header = "ФИО;Email;Дата начала работы\n";
        String row = "Ёлкина " + run + " Ульяна;" + DATA.email("elkina") + ";01.09.2025\n";
        cases.add(upload("a CSV in UTF-16 without a byte order mark", "mentees.csv", (header + row).getBytes(StandardCharsets.UTF_16LE),
                "двоичные данные"));
        cases.add(upload("a CSV in KOI8-R", "mentees.csv", (header + row).getBytes(Charset.forName("KOI8-R")), "ФИО"));
        cases.add(upload("an Excel 97 file", "mentees.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0}, "Excel 97–2003"));
        cases.add(upload("a program instead of a table", "mentees.exe", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1), "не поддерживается"));
        cases.add(upload("an empty file", "mentees.csv", new byte[0], "Файл пуст"));
        cases.add(upload("only the header", "mentees.csv", header.getBytes(StandardCharsets.UTF_8), "только заголовок"));
        cases.add(upload("a broken workbook", "mentees.xlsx", "PK not really".getBytes(StandardCharsets.UTF_8), "Excel"));
        cases.add(upload("a row without an e-mail address", "mentees.csv",
                (header + "Ёлкина " + run + " Ульяна;не-адрес;01.09.2025\n").getBytes(StandardCharsets.UTF_8), "не адрес электронной почты"));
        cases.add(upload("a start of work in the future", "mentees.csv",
                (header + "Ёлкина " + run + " Ульяна;" + DATA.email("elkina") + ";01.09.2099\n").getBytes(StandardCharsets.UTF_8),
                "позже сегодняшнего дня"));
        cases.add(upload("31 February as the start of work", "mentees.csv",
                (header + "Ёлкина " + run + " Ульяна;" + DATA.email("elkina") + ";31.02.2026\n").getBytes(StandardCharsets.UTF_8),
                "не дата"));
        cases.add(upload("a 10,000-character name", "mentees.csv",
                (header + "Ё".repeat(10_000) + ";" + DATA.email("elkina") + ";01.09.2025\n").getBytes(StandardCharsets.UTF_8), "длиннее"));
        cases.add(upload("an e-mail already in the bank", "mentees.csv",
                (header + "Двойник " + run + ";" + steps.email("young1") + ";01.09.2025\n").getBytes(StandardCharsets.UTF_8), "уже есть в банке"));

        // the questionnaire behind a mentee's personal link, posted as a script would, past the page's own checks
        cases.add(new Case("a guessed token", "/q/{token}", () -> new Http(port).getHtml("/q/" + "A".repeat(43)), "Ссылка не найдена"));
        cases.add(new Case("a token with markup and a null byte", "/q/{token}", () -> new Http(port).getHtml("/q/%3Cscript%3E%00abc"),
                "Запрос не распознан"));
        cases.add(new Case("a 2,000-character token", "/q/{token}", () -> new Http(port).getHtml("/q/" + "A".repeat(2000)), "Ссылка не найдена"));
        cases.add(new Case("a 10,000-character token", "/q/{token}", () -> new Http(port).getHtml("/q/" + "A".repeat(10_000)),
                "Запрос не распознан"));
        cases.add(new Case("answers to a guessed token", "/q/{token}", () -> answers(questionnaireLink.substring(0, 45) + "AAA", Map.of()),
                "Ссылка не найдена"));
        cases.add(questionnaire("a scale answer out of the scale", Map.of("q.involvement", "7"), "Оценка должна быть от 1 до 5."));
        cases.add(questionnaire("a scale answer as words", Map.of("q.involvement", "пять"), "Оценка должна быть числом от 1 до 5."));
        cases.add(questionnaire("a required answer missing", Map.of("q.involvement", ""), "Выберите оценку от 1 до 5."));
        cases.add(questionnaire("a choice not in the list", Map.of("q.expectedTime", "always"), "Такого варианта ответа нет"));
        cases.add(questionnaire("a 100,000-character free text", Map.of("q.expectations", big), "Ответ не длиннее 2000 знаков, сейчас 100000."));
        cases.add(questionnaire("HTML/script in the free text of a post with a scale out of range",
                Map.of("q.involvement", "0", "q.expectations", "<script>alert('взлом')</script><img src=x onerror=alert(1)>"),
                "&lt;script&gt;alert(&#39;взлом&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"));
        cases.add(questionnaire("control characters in the free text", Map.of("q.expectations", "Ответ\0\7"), "непечатаемые символы"));
        cases.add(new Case("answers as JSON instead of a form", "/q/{token}", () -> new Http(port).postJson(questionnaireLink,
                "{\"q.involvement\":\"5\"}"), "Форма не принята"));
        cases.add(new Case("answers without the page's nonce", "/q/{token}", () -> answers(questionnaireLink, Map.of("nonce", "")),
                "Форма не принята"));
        cases.add(new Case("answers with another nonce", "/q/{token}", () -> answers(questionnaireLink, Map.of("nonce", "forged")),
                "Форма не принята"));
        cases.add(new Case("answers posted from another site", "/q/{token}", () -> {
            Http http = new Http(port);
            return http.postPage(questionnaireLink, QuestionnaireFixture.menteeEntryAnswers(nonce(), 4), "https://evil.example");
        }, "Форма не принята"));

        // migration and deployment, as the methodologist's script or Camunda Modeler sends them
        cases.add(new Case("a plan naming nothing", "/api/migration/plan", () -> methodologist().postJson("/api/migration/plan", "{}"),
                "Укажите, что переносить"));
        cases.add(new Case("an unknown process", "/api/migration/plan", () -> methodologist().postJson("/api/migration/plan",
                "{\"processKey\":\"NoSuchProcess\",\"sourceVersion\":1}"), "не найдена"));
        cases.add(new Case("a version as words", "/api/migration/plan", () -> methodologist().postJson("/api/migration/plan",
                "{\"processKey\":\"MentoringPair\",\"sourceVersion\":\"первая\"}"), "JSON"));
        cases.add(new Case("a body that is not JSON", "/api/migration/plan", () -> methodologist().postJson("/api/migration/plan",
                "processKey=MentoringPair"), "JSON"));
        cases.add(new Case("a BPMN that is not XML", "/engine-rest/deployment/create", () -> deploy("broken.bpmn",
                "это не BPMN".getBytes(StandardCharsets.UTF_8)), "BPMN"));
        cases.add(new Case("a BPMN with an external entity (XXE)", "/engine-rest/deployment/create", () -> deploy("xxe.bpmn",
                ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
                        + "<bpmn:process id=\"Xxe\" isExecutable=\"true\"><bpmn:documentation>&x;</bpmn:documentation></bpmn:process>"
                        + "</bpmn:definitions>").getBytes(StandardCharsets.UTF_8)), "BPMN"));
        cases.add(new Case("a process without history time to live and with an unknown bean", "/engine-rest/deployment/create",
                () -> deploy("bad.bpmn", ("<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"x\">"
                        + "<bpmn:process id=\"BadProbe\" isExecutable=\"true\"><bpmn:startEvent id=\"S\"/>"
                        + "<bpmn:serviceTask id=\"T\" camunda:delegateExpression=\"${noSuchDelegate}\"/>"
                        + "<bpmn:sequenceFlow id=\"F\" sourceRef=\"S\" targetRef=\"T\"/></bpmn:process></bpmn:definitions>")
                        .getBytes(StandardCharsets.UTF_8)), "noSuchDelegate"));
        return cases;
    }

    private Case formPairs(String input, String template, String expected) {
        return new Case(input, "REST task/submit-form (form-pairs)", () -> submit(curator(), formPairsTask,
                String.format(template, value(steps.mentorB()), list(steps.senior()))), expected);
    }

    private Case meeting(String input, String date, String format, String topic, String outcome, String expected) {
        return new Case(input, "REST task/submit-form (meeting)", () -> submit(mentor(), meetingTask,
                "{\"meetingDate\":" + value(date) + ",\"meetingFormat\":" + value(format) + ",\"meetingTopic\":" + value(topic)
                        + ",\"meetingOutcome\":" + value(outcome) + "}"), expected);
    }

    private Case start(String input, Map<String, Object> change, String expected) {
        return new Case(input, "REST process-definition submit-form (programme-start)", () -> {
            Map<String, Object> values = Stage1Forms.programmeStart(DATA.school("Школа"));
            values.put("programmeStartDate", "2026-09-25");
            values.putAll(change);
            StringBuilder json = new StringBuilder("{\"variables\":{");
            values.forEach((key, v) -> json.append('"').append(key).append("\":{\"value\":")
                    .append(v instanceof Number ? v.toString() : quote(v.toString())).append("},"));
            json.setLength(json.length() - 1);
            json.append("},\"businessKey\":\"").append(DATA.key("bad-start")).append("\"}");
            return director().postJson("/engine-rest/process-definition/key/MentoringProgramme/submit-form", json.toString());
        }, expected);
    }

    private Case absence(String input, String who, String reason, String first, String last, String comment, String expected) {
        return new Case(input, "/pairs/{id}/absence", () -> curator().postForm("/pairs/" + pairId + "/absence",
                Map.of("who", who, "reason", reason, "firstDay", first, "lastDay", last, "comment", comment)), expected);
    }

    private Case upload(String input, String fileName, byte[] content, String expected) {
        return new Case(input, "/registry/mentees/import", () -> curator().upload("/registry/mentees/import", fileName, content), expected);
    }

    private Case questionnaire(String input, Map<String, String> changed, String expected) {
        return new Case(input, "/q/{token}", () -> answers(questionnaireLink, changed), expected);
    }

    /** The mentee's every entry answer, filled well (the page's nonce, scales at 4), then the changed fields replaced. */
    private Http.Reply answers(String link, Map<String, String> changed) {
        Http http = new Http(port);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Map.Entry<String, String> field : QuestionnaireFixture.menteeEntryAnswers(nonce(), 4)) {
            fields.add(Map.entry(field.getKey(), changed.getOrDefault(field.getKey(), field.getValue())));
        }
        return http.postPage(link, fields, http.base());
    }

    private String nonce() {
        return QuestionnaireFixture.nonce(new Http(port).getHtml(questionnaireLink).body());
    }

    private Http.Reply deploy(String name, byte[] content) {
        return methodologist().postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", DATA.key("bad")), Map.of(name, content));
    }

    private void newRound() {
        Http.Reply started = curator().postJson("/engine-rest/process-definition/key/PairFormation/submit-form", "{\"variables\":{}}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
    }

    /** Counts and revisions of every table a refused input could have written to. */
    private Map<String, Long> state() {
        Map<String, Long> state = new java.util.TreeMap<>();
        for (String table : List.of("nst_mentee", "nst_mentor", "nst_order", "nst_consent", "nst_meeting", "nst_feedback", "nst_absence",
                "nst_sent_mail", "nst_questionnaire_round", "nst_questionnaire_invitation", "nst_questionnaire_link",
                "nst_questionnaire_answer", "act_re_deployment", "act_ge_bytearray", "act_ru_execution", "act_ru_job", "act_hi_procinst")) {
            state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        state.put("answered invitations", jdbc.queryForObject("select count(answered_at) from nst_questionnaire_invitation", Long.class));
        state.put("act_ru_task", jdbc.queryForObject("select count(*) * 1000 + coalesce(sum(rev_), 0) from act_ru_task", Long.class));
        state.put("act_ru_variable", jdbc.queryForObject("select count(*) * 1000 + coalesce(sum(rev_), 0) from act_ru_variable", Long.class));
        return state;
    }

    private static Http.Reply submit(Http as, String taskId, String variables) {
        return as.postJson("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\":" + variables + "}");
    }

    private static String value(String text) {
        return "{\"value\":" + quote(text) + "}";
    }

    private static String list(String... values) {
        StringBuilder json = new StringBuilder("[");
        for (String v : values) {
            json.append(json.length() > 1 ? "," : "").append(quote(v));
        }
        return "{\"value\":" + quote(json.append(']').toString()) + ",\"type\":\"Json\"}";
    }

    private static String quote(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http curator() {
        return new Http(port).as(CURATOR, TestPeople.password(CURATOR));
    }

    private Http director() {
        return new Http(port).as(DIRECTOR, TestPeople.password(DIRECTOR));
    }

    private Http methodologist() {
        return new Http(port).as(METHODOLOGIST, TestPeople.password(METHODOLOGIST));
    }

    private Http mentor() {
        return new Http(port).as(mentorLogin, TestPeople.password(mentorLogin));
    }

    /** A mentor of no pair of this school. */
    private Http curatorless() {
        TestPeople.ensure(engine.getIdentityService(), school(), "badothermentor", Role.MENTOR, "Чужой", "Наставник");
        return new Http(port).as("badothermentor", TestPeople.password("badothermentor"));
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
