package ru.nastavnik.support;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.ProgrammeSteps.pair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;

/**
 * A school whose curator formed one pair (Громов … with Молодой … Первый), both consented and the director signed the
 * order on 20.09.2026: its entry questionnaire is due to be sent. Helpers read the personal links from the letters and
 * fill a questionnaire page's form as a person would.
 */
public final class QuestionnaireFixture {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<]+(/q/[A-Za-z0-9_-]{43})");
    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");

    public final String run = UUID.randomUUID().toString().substring(0, 8);
    public final ProgrammeDriver driver;
    public final ProgrammeSteps steps;
    public final PairDriver pairs;
    private final ProcessEngine engine;
    private final School school;

    /** A programme of {@code school} (the test class's school) and its director and curator. */
    public QuestionnaireFixture(ProcessEngine engine, School school) {
        this.engine = engine;
        this.school = school;
        this.driver = new ProgrammeDriver(engine, school.id(), "quest-" + run);
        this.steps = new ProgrammeSteps(driver, run);
        this.pairs = new PairDriver(engine, "quest-" + run);
    }

    /** The pair, started by the signed order, its entry questionnaire not sent yet. */
    public ProcessInstance workingPair() {
        TestPeople.ensure(engine.getIdentityService(), school, "questdirector", Role.DIRECTOR, "Орлова", "Вера Павловна");
        TestPeople.ensure(engine.getIdentityService(), school, "questcurator", Role.CURATOR, "Лебедева", "Инна Сергеевна");
        driver.start("Школа анкет " + run, LocalDate.of(2026, 9, 1), Map.of());
        steps.toFormingPairs("questcurator");
        driver.at(LocalDate.of(2026, 9, 19).atTime(10, 0));
        driver.submit("Task_FormPairs", pair(steps.mentorA(), 6, "teacherTeacher", false, steps.young1()));
        pairs.consentAll();
        driver.at(LocalDate.of(2026, 9, 20).atTime(10, 0));
        driver.signOrder();
        List<ProcessInstance> started = pairs.pairs();
        assertThat(started).hasSize(1);
        return started.get(0);
    }

    public String mentorEmail() {
        return steps.email("gromov");
    }

    public String menteeEmail() {
        return steps.email("young1");
    }

    /** The path (/q/…) of the personal link in each letter to that address, in the order they came. */
    public static List<String> linksTo(String address) {
        return linksTo(address, "");
    }

    /** The same, of the letters whose subject starts with that text. */
    public static List<String> linksTo(String address, String subjectStart) {
        List<String> links = new ArrayList<>();
        for (MimeMessage mail : TestMailServer.receivedBy(address)) {
            if (!subject(mail).startsWith(subjectStart)) {
                continue;
            }
            Matcher link = LINK.matcher(TestMailServer.text(mail));
            assertThat(link.find()).as("a personal link in the letter").isTrue();
            links.add(link.group(1));
        }
        return links;
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers a mentee's satisfaction questionnaire from that link: satisfied at the given point, every required answer given. */
    public static Http.Reply answerMenteeSatisfaction(Http http, String link, int satisfied) {
        String nonce = nonce(http.getHtml(link).body());
        return http.postPage(link, List.of(Map.entry("nonce", nonce), Map.entry("q.satisfied", String.valueOf(satisfied)),
                Map.entry("q.mentorHelp", "4"), Map.entry("q.meetingsUseful", "4"), Map.entry("q.recommend", "yes")), http.base());
    }

    public static String nonce(String page) {
        Matcher nonce = NONCE.matcher(page);
        assertThat(nonce.find()).as("the form's nonce").isTrue();
        return nonce.group(1);
    }

    /** Every required entry question of a mentee answered (scales at the given point), a text with markup and emoji. */
    public static List<Map.Entry<String, String>> menteeEntryAnswers(String nonce, int point) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("nonce", nonce));
        for (String scale : List.of("involvement", "competences", "ownRole", "jobSatisfaction", "climate", "askingForHelp")) {
            fields.add(Map.entry("q." + scale, String.valueOf(point)));
        }
        fields.add(Map.entry("q.expectedTime", "2to4"));
        fields.add(Map.entry("q.expectations", "Научиться <b>оценивать</b> 😊"));
        return fields;
    }
}
