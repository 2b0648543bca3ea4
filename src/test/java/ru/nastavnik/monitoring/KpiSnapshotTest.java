package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import ru.nastavnik.pair.PairOverview.PairRow;
import ru.nastavnik.pair.PairOverview.State;
import ru.nastavnik.pair.PairRatings.Rating;
import ru.nastavnik.programme.SchoolYear;
import ru.nastavnik.questionnaire.QuestionnaireResults.Growth;
import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;
import ru.nastavnik.questionnaire.QuestionnaireResults.Response;
import ru.nastavnik.questionnaire.QuestionnaireResults;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeStatus;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.support.MenteeBuilder;
import ru.nastavnik.support.MentorBuilder;

/** The key figures of a round on a known school, with questionnaires answered and with none (and nobody to count). */
class KpiSnapshotTest {

    private static final SchoolYear YEAR = new SchoolYear(2026);

    /** What a school's questionnaires said: the test's own answers, no engine. */
    record Answers(Integer mentees, Integer mentors, List<Growth> growth, List<Response> responses) implements QuestionnaireResults {

        @Override
        public OptionalInt satisfaction(String schoolId, Respondent role, String schoolYear) {
            Integer percent = role == Respondent.MENTEE ? mentees : mentors;
            return percent == null ? OptionalInt.empty() : OptionalInt.of(percent);
        }

        @Override
        public List<Growth> growth(String schoolId, String schoolYear) {
            return growth;
        }

        @Override
        public List<Response> responses(String schoolId, String schoolYear) {
            return responses;
        }
    }

    @Test
    void aYearOfFivePairsAgainstTheSecondYearsTargets() {
        Answers answers = new Answers(72, 65,
                List.of(new Growth("p1", "m1", Respondent.MENTEE, 2.5, 4.0), new Growth("p2", "m2", Respondent.MENTEE, 3.0, 3.5),
                        new Growth("p3", "m3", Respondent.MENTEE, 4.0, 3.5), new Growth("p1", "t1", Respondent.MENTOR, 3.0, 3.0)),
                List.of(new Response(Kind.ENTRY, Respondent.MENTEE, 6, 5), new Response(Kind.EXIT, Respondent.MENTEE, 4, 3),
                        new Response(Kind.SATISFACTION, Respondent.MENTOR, 3, 1)));

        KpiSnapshot kpis = snapshot(answers, 2);

        assertThat(kpis.youngSpecialists()).isEqualTo(4);
        assertThat(kpis.youngInProgrammes()).isEqualTo(3);
        assertThat(kpis.youngShare()).isEqualTo(75);
        assertThat(kpis.satisfactionTarget()).as("year 2 of the model").isEqualTo(70);
        assertThat(kpis.pairs()).as("the pair that ended in June 2026 is last year's").isEqualTo(5);
        assertThat(kpis.pairsWorking()).isEqualTo(2);
        assertThat(kpis.pairsCompleted()).isEqualTo(2);
        assertThat(kpis.pairsExtended()).isEqualTo(2);
        assertThat(kpis.pairsTerminated()).isEqualTo(1);
        assertThat(kpis.pairsByForm()).containsExactly(Map.entry("Педагог — педагог", 3), Map.entry("Реверсивное", 2));
        assertThat(kpis.growthParticipants()).isEqualTo(4);
        assertThat(kpis.growthEntry()).isEqualTo(3.13);
        assertThat(kpis.growthExit()).isEqualTo(3.5);
        assertThat(kpis.growthChange()).isEqualTo(0.37);
        assertThat(kpis.growthImprovedShare()).as("2 of 4 grew").isEqualTo(50);
        assertThat(kpis.responseRate()).as("9 of 13").isEqualTo(69);
        assertThat(kpis.figures()).extracting(KpiSnapshot.Figure::cells).contains(
                List.of("Доля молодых специалистов (0–3 года) в программах наставничества", "75 %", "100 %", "нет"),
                List.of("Удовлетворённость наставляемых", "72 %", "70 %", "да"),
                List.of("Удовлетворённость наставников", "65 %", "70 %", "нет"),
                List.of("Продлены (из-за отсутствия участника)", "2", "—", "—"),
                List.of("Форма наставничества: Реверсивное", "2", "—", "—"),
                List.of("Рост участников: средний балл на входе → на выходе (шкала 1–5)", "3,13 → 3,50 (+0,37)", "—", "—"),
                List.of("Ответили на анкеты (отправлено 13, ответов 9)", "69 %", "—", "—"));
    }

    @Test
    void aRoundBeforeAnyAnswerShowsNoDataForEveryQuestionnaireFigure() {
        KpiSnapshot kpis = snapshot(new Answers(null, null, List.of(), List.of()), 1);

        assertThat(kpis.menteeSatisfaction()).isNull();
        assertThat(kpis.growthEntry()).isNull();
        assertThat(kpis.growthChange()).isNull();
        assertThat(kpis.growthImprovedShare()).isNull();
        assertThat(kpis.responseRate()).isNull();
        assertThat(kpis.figures()).extracting(KpiSnapshot.Figure::cells).contains(
                List.of("Удовлетворённость наставляемых", "нет данных", "60 %", "—"),
                List.of("Удовлетворённость наставников", "нет данных", "60 %", "—"),
                List.of("Рост участников: средний балл на входе → на выходе (шкала 1–5)", "нет данных", "—", "—"),
                List.of("Участников с ростом (из ответивших на обе анкеты: 0)", "нет данных", "—", "—"),
                List.of("Ответили на анкеты (отправлено 0, ответов 0)", "нет данных", "—", "—"));
    }

    @Test
    void anEmptySchoolIsNoDataNeverADivisionByZero() {
        KpiSnapshot kpis = KpiSnapshot.of("Пустая школа", YEAR, 1, new KpiSnapshot.Sources(List.of(), List.of(), List.of(),
                OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(new Response(Kind.ENTRY, Respondent.MENTEE, 0, 0))));

        assertThat(kpis.empty()).isTrue();
        assertThat(kpis.youngShare()).isNull();
        assertThat(kpis.responseRate()).as("nothing sent").isNull();
        assertThat(kpis.pairsByForm()).isEmpty();
        assertThat(kpis.figures()).extracting(KpiSnapshot.Figure::cells).contains(
                List.of("Доля молодых специалистов (0–3 года) в программах наставничества", "нет данных", "100 %", "—"),
                List.of("Формы наставничества", "нет данных", "—", "—"));
        assertThat(MonitoringDocuments.csv(kpis)).isNotEmpty();
    }

    @Test
    void theSnapshotSurvivesItsJsonRow() throws Exception {
        KpiSnapshot kpis = snapshot(new Answers(80, null, List.of(), List.of()), 3);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();

        assertThat(json.readValue(json.writeValueAsString(kpis), KpiSnapshot.class)).isEqualTo(kpis);
    }

    @Test
    void mentorsAreRatedByTheirMenteesFeedbackAndResults() {
        List<PairRow> pairs = pairs();
        List<Rating> ratings = List.of(new Rating("p1", true, 5), new Rating("p1", true, 4), new Rating("p1", false, 1),
                new Rating("p3", true, 3), new Rating("p5", true, 2));
        List<Mentee> mentees = List.of(mentee("a", 1, MenteeStatus.COMPLETED, true, "t1"), mentee("b", 2, MenteeStatus.COMPLETED, true, "t1"),
                mentee("c", 2, MenteeStatus.COMPLETED, false, "t2"));
        List<Mentor> mentors = List.of(mentor("t1", "Иванов Сергей Петрович"), mentor("t2", "Павлова Анна Дмитриевна"));

        List<MentorRating> rating = MentorRating.of(mentors, mentees, pairs, ratings);

        assertThat(rating).extracting(MentorRating::mentorName).startsWith("Иванов Сергей Петрович", "Павлова Анна Дмитриевна");
        MentorRating first = rating.get(0);
        assertThat(first.meanMenteeRating()).as("the mentor's own rating does not count").isEqualTo(4.5);
        assertThat(first.points()).as("45 + 2×15 successful + 5 completed").isEqualTo(80);
        assertThat(first.level()).isEqualTo("Ведущий наставник");
        MentorRating second = rating.get(1);
        assertThat(second.points()).as("30 + 5 completed").isEqualTo(35);
        assertThat(rating).filteredOn(row -> row.pairsTerminated() > 0).singleElement()
                .satisfies(row -> assertThat(row.points()).as("20 + 5 completed − 10 terminated").isEqualTo(15));
        assertThat(rating).filteredOn(row -> row.ratings() == 0).allSatisfy(row -> assertThat(row.meanText()).isEqualTo("нет данных"));
    }

    private static KpiSnapshot snapshot(QuestionnaireResults answers, int implementationYear) {
        List<Mentee> bank = List.of(mentee("a", 0, MenteeStatus.IN_PAIR, false, null), mentee("b", 3, MenteeStatus.COMPLETED, true, null),
                mentee("c", 2, MenteeStatus.WAITING, false, null), mentee("d", 1, MenteeStatus.COMPLETED, false, null),
                mentee("e", 12, MenteeStatus.IN_PAIR, false, null));
        String year = YEAR.toString();
        return KpiSnapshot.of("Школа", YEAR, implementationYear, new KpiSnapshot.Sources(bank, List.of(), pairs(),
                answers.satisfaction("s1", Respondent.MENTEE, year), answers.satisfaction("s1", Respondent.MENTOR, year),
                answers.growth("s1", year), answers.responses("s1", year)));
    }

    private static List<PairRow> pairs() {
        return List.of(
                pair("p1", "Иванов Сергей Петрович", "Педагог — педагог", "2026-10-01", "2027-05-31", State.COMPLETED, 0),
                pair("p2", "Иванов Сергей Петрович", "Реверсивное", "2026-10-01", "2027-09-30", State.WORKING, 14),
                pair("p3", "Павлова Анна Дмитриевна", "Педагог — педагог", "2026-11-01", "2027-04-30", State.COMPLETED, 7),
                pair("p4", "Павлова Анна Дмитриевна", "Реверсивное", "2027-01-10", "2027-12-10", State.SUMMARY, 0),
                pair("p5", "Орлов Дмитрий Ильич", "Педагог — педагог", "2026-09-15", "2027-03-15", State.TERMINATED, 0),
                pair("p0", "Орлов Дмитрий Ильич", "Флеш-наставничество", "2025-09-01", "2026-06-30", State.COMPLETED, 0));
    }

    private static PairRow pair(String id, String mentor, String form, String start, String end, State state, long absenceDays) {
        return new PairRow(id, mentor, List.of("Наставляемый"), List.of(), form, LocalDate.parse(start), LocalDate.parse(end), state,
                List.of(), 3, null, false, absenceDays);
    }

    private static Mentee mentee(String id, Integer experience, MenteeStatus status, boolean completed, String mentorId) {
        return MenteeBuilder.mentee(id).experience(experience).status(status).completed(completed).mentor(mentorId).build();
    }

    private static Mentor mentor(String id, String name) {
        return MentorBuilder.mentor(id).named(name).build();
    }
}
