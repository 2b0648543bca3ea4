package ru.nastavnik.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/**
 * The questionnaires on the demo profile's H2 as on PostgreSQL (the same migration and queries), and the methodologist's
 * folder: a file there replaces the jar's questionnaire of the same id without a rebuild, a broken one stops the start.
 * Without a Spring context, like BankOnH2Test.
 */
class QuestionnairesOnH2Test {

    private final JdbcTemplate jdbc;
    private final DataSourceTransactionManager transactions;
    private final QuestionnaireVersions versions;

    @TempDir
    Path folder;

    QuestionnairesOnH2Test() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:questionnaires-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(h2);
        transactions = new DataSourceTransactionManager(h2);
        versions = new QuestionnaireVersions(jdbc, Clock.systemDefaultZone());
    }

    @Test
    void aFileInTheMethodologistsFolderReplacesTheJarsAndBothVersionsStayReadable() throws IOException {
        QuestionnaireVersion shipped = new QuestionnaireCatalog(settings(""), versions).current(Kind.SATISFACTION, Respondent.MENTEE);
        String changed = Files.readString(Path.of("questionnaires", "satisfaction-mentee.json"))
                .replace("Насколько полезными были встречи с наставником?", "Насколько полезными были встречи с наставником в этом году?");
        Files.writeString(folder.resolve("satisfaction-mentee.json"), changed, StandardCharsets.UTF_8);

        QuestionnaireCatalog restarted = new QuestionnaireCatalog(settings(folder.toString()), versions);

        QuestionnaireVersion current = restarted.current(Kind.SATISFACTION, Respondent.MENTEE);
        assertThat(current.hash()).isNotEqualTo(shipped.hash());
        assertThat(current.questionnaire().questions()).extracting(Question::text).contains("Насколько полезными были встречи с наставником в этом году?");
        assertThat(restarted.current(Kind.SATISFACTION, Respondent.MENTOR).questionnaire().id()).as("the others stay the jar's")
                .isEqualTo("satisfaction-mentor");
        assertThat(jdbc.queryForList("select hash from nst_questionnaire_version where questionnaire_id = 'satisfaction-mentee'", String.class))
                .containsExactlyInAnyOrder(shipped.hash(), current.hash());
        assertThat(new QuestionnaireVersions(jdbc, Clock.systemDefaultZone()).get(shipped.hash()).questionnaire().questions())
                .extracting(Question::text).contains("Насколько полезными были встречи с наставником?");
    }

    @Test
    void aBrokenFileOrAKindLeftWithoutAQuestionnaireStopsTheStartInRussian() throws IOException {
        Files.writeString(folder.resolve("growth.json"), "{\"id\": \"growth\", \"title\": \"Рост\"", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new QuestionnaireCatalog(settings(folder.toString()), versions))
                .hasMessageContaining("growth.json не принята: это не JSON");

        String mentorsOnly = Files.readString(Path.of("questionnaires", "satisfaction-mentee.json")).replace("\"roles\": [\"MENTEE\"]", "\"roles\": [\"MENTOR\"]");
        Files.writeString(folder.resolve("growth.json"), Files.readString(Path.of("questionnaires", "growth.json")), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("satisfaction-mentee.json"), mentorsOnly, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new QuestionnaireCatalog(settings(folder.toString()), versions))
                .hasMessageContaining("Анкеты не согласованы")
                .hasMessageContaining("SATISFACTION для MENTEE: нет анкеты")
                .hasMessageContaining("SATISFACTION для MENTOR: несколько анкет [satisfaction-mentee, satisfaction-mentor]");
    }

    @Test
    void answersAreStoredOnceOnH2Too() {
        QuestionnaireCatalog catalog = new QuestionnaireCatalog(settings(""), versions);
        Rounds rounds = new Rounds(jdbc, transactions, catalog);
        Answers answers = new Answers(jdbc, transactions, Clock.systemDefaultZone());
        LocalDateTime now = LocalDateTime.now();
        Round round = rounds.open(new Rounds.Opening("s1", "SATISFACTION:h2", Kind.SATISFACTION, "2026/2027", "Школа", null, now,
                now.plusDays(7), now.plusDays(14), List.of(new Participant(Respondent.MENTEE, "e1", "Демина Ада", null))));
        assertThat(rounds.open(new Rounds.Opening("s1", "SATISFACTION:h2", Kind.SATISFACTION, "2026/2027", "Школа", null, now,
                now.plusDays(7), now.plusDays(14), List.of())).id()).as("the same key, the same round").isEqualTo(round.id());
        String invitation = rounds.invitations("s1", round.id()).get(0).id();
        Map<String, List<String>> given = Map.of("satisfied", List.of("5"), "usefulForms", List.of("oneToOne", "online"),
                "improve", List.of("Больше встреч 😊"));

        assertThat(answers.store("s1", invitation, given)).isEqualTo(Answers.Outcome.STORED);
        assertThat(answers.store("s1", invitation, given)).isEqualTo(Answers.Outcome.ALREADY_ANSWERED);
        assertThat(answers.of("s1", Kind.SATISFACTION, "2026/2027")).singleElement()
                .satisfies(sheet -> assertThat(sheet.answers()).containsEntry("usefulForms", List.of("oneToOne", "online"))
                        .containsEntry("improve", List.of("Больше встреч 😊")));
        assertThat(rounds.close("s1", round.id(), now)).isTrue();
        assertThat(rounds.close("s1", round.id(), now)).isFalse();
    }

    private static QuestionnaireSettings settings(String directory) {
        return new QuestionnaireSettings(directory, 7, 14);
    }
}
