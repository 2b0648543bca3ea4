package ru.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import ru.nastavnik.pair.PairOverview.PairRow;
import ru.nastavnik.pair.PairOverview.State;
import ru.nastavnik.programme.ProgrammeKpis;
import ru.nastavnik.programme.SchoolYear;
import ru.nastavnik.questionnaire.QuestionnaireResults.Growth;
import ru.nastavnik.questionnaire.QuestionnaireResults.Response;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.Mentor;

/**
 * The key figures of one school year at one moment (those of the roadmap and of the monitoring appendix): the share of young specialists in
 * programmes against 100 %, satisfaction against 60 / 70 / 85 %, pairs by form of mentoring, growth between the entry
 * and exit questionnaires, pairs completed, extended and terminated early, response rates. A figure nobody can be
 * counted for is null («нет данных»), never a division by zero.
 */
record KpiSnapshot(String schoolName, String schoolYear, int implementationYear,
                   int youngSpecialists, int youngInProgrammes, Integer youngShare,
                   Integer menteeSatisfaction, Integer mentorSatisfaction, int satisfactionTarget,
                   Map<String, Integer> pairsByForm,
                   int growthParticipants, Double growthEntry, Double growthExit, Integer growthImprovedShare,
                   int pairs, int pairsWorking, int pairsCompleted, int pairsExtended, int pairsTerminated,
                   int questionnairesSent, int questionnairesAnswered, Integer responseRate) {

    static final String NO_DATA = "нет данных";

    /** One line of the report: name, value, target (or «—»), whether the target is met (or «—»). */
    record Figure(String name, String value, String target, String met) {

        List<String> cells() {
            return List.of(name, value, target, met);
        }
    }

    /** What the figures are computed from: the banks now, the pairs of the school, and the questionnaires. */
    record Sources(List<Mentee> mentees, List<Mentor> mentors, List<PairRow> pairs, OptionalInt menteeSatisfaction,
                   OptionalInt mentorSatisfaction, List<Growth> growth, List<Response> responses) { }

    static KpiSnapshot of(String schoolName, SchoolYear year, int implementationYear, Sources sources) {
        List<PairRow> ofYear = sources.pairs().stream().filter(pair -> within(pair, year)).toList();
        ProgrammeKpis programme = ProgrammeKpis.of(sources.mentees(), sources.mentors(), ofYear.size(),
                percent(sources.menteeSatisfaction()), percent(sources.mentorSatisfaction()), implementationYear);
        Map<String, Integer> byForm = new TreeMap<>();
        ofYear.forEach(pair -> byForm.merge(pair.form() == null || pair.form().isBlank() ? "Не указана" : pair.form(), 1, Integer::sum));
        List<Growth> growth = sources.growth();
        int sent = sources.responses().stream().mapToInt(Response::sent).sum();
        int answered = sources.responses().stream().mapToInt(Response::answered).sum();
        return new KpiSnapshot(schoolName, year.toString(), programme.implementationYear(),
                programme.youngSpecialists(), programme.youngInProgrammes(), programme.youngShare(),
                programme.menteeSatisfaction(), programme.mentorSatisfaction(), programme.satisfactionTarget(),
                new LinkedHashMap<>(byForm),
                growth.size(), mean(growth.stream().mapToDouble(Growth::entry).toArray()),
                mean(growth.stream().mapToDouble(Growth::exit).toArray()),
                share((int) growth.stream().filter(g -> g.change() > 0).count(), growth.size()),
                ofYear.size(), count(ofYear, State.WORKING) + count(ofYear, State.ENDING) + count(ofYear, State.SUMMARY),
                count(ofYear, State.COMPLETED), (int) ofYear.stream().filter(pair -> pair.absenceDays() > 0).count(),
                count(ofYear, State.TERMINATED), sent, answered, share(answered, sent));
    }

    /** A pair belongs to the school years its term overlaps. */
    static boolean within(PairRow pair, SchoolYear year) {
        LocalDate last = year.firstDay().plusYears(1).minusDays(1);
        return (pair.startDate() == null || !pair.startDate().isAfter(last))
                && (pair.endDate() == null || !pair.endDate().isBefore(year.firstDay()));
    }

    /** Rounded percent of part in whole; null when the whole is nobody. */
    static Integer share(int part, int whole) {
        return whole <= 0 ? null : Math.round(100f * part / whole);
    }

    Double growthChange() {
        return growthEntry == null || growthExit == null ? null : round(growthExit - growthEntry);
    }

    boolean empty() {
        return youngSpecialists == 0 && pairs == 0 && menteeSatisfaction == null && mentorSatisfaction == null
                && growthParticipants == 0 && questionnairesSent == 0;
    }

    /** The figures against their targets, the way the report, the CSV and the task's form show them. */
    List<Figure> figures() {
        List<Figure> rows = new ArrayList<>();
        rows.add(percentFigure("Доля молодых специалистов (0–3 года) в программах наставничества", youngShare,
                ProgrammeKpis.YOUNG_SHARE_TARGET));
        rows.add(new Figure("Молодых специалистов в банке наставляемых (из них в программах)",
                youngSpecialists + " (" + youngInProgrammes + ")", "—", "—"));
        rows.add(percentFigure("Удовлетворённость наставляемых", menteeSatisfaction, satisfactionTarget));
        rows.add(percentFigure("Удовлетворённость наставников", mentorSatisfaction, satisfactionTarget));
        rows.add(plain("Наставнических пар и групп за учебный год", pairs));
        rows.add(plain("Работают сейчас", pairsWorking));
        rows.add(plain("Завершены", pairsCompleted));
        rows.add(plain("Продлены (из-за отсутствия участника)", pairsExtended));
        rows.add(plain("Прекращены досрочно", pairsTerminated));
        pairsByForm.forEach((form, count) -> rows.add(plain("Форма наставничества: " + form, count)));
        if (pairsByForm.isEmpty()) {
            rows.add(new Figure("Формы наставничества", NO_DATA, "—", "—"));
        }
        rows.add(new Figure("Рост участников: средний балл на входе → на выходе (шкала 1–5)", growthText(), "—", "—"));
        rows.add(new Figure("Участников с ростом (из ответивших на обе анкеты: " + growthParticipants + ")",
                percentText(growthImprovedShare), "—", "—"));
        rows.add(new Figure("Ответили на анкеты (отправлено " + questionnairesSent + ", ответов " + questionnairesAnswered + ")",
                percentText(responseRate), "—", "—"));
        return rows;
    }

    public String growthText() {
        return growthEntry == null ? NO_DATA : format(growthEntry) + " → " + format(growthExit) + " ("
                + (growthChange() >= 0 ? "+" : "") + format(growthChange()) + ")";
    }

    static String percentText(Integer percent) {
        return percent == null ? NO_DATA : percent + " %";
    }

    private static Figure percentFigure(String name, Integer percent, int target) {
        return new Figure(name, percentText(percent), target + " %", percent == null ? "—" : percent >= target ? "да" : "нет");
    }

    private static Figure plain(String name, int value) {
        return new Figure(name, String.valueOf(value), "—", "—");
    }

    private static int count(List<PairRow> pairs, State state) {
        return (int) pairs.stream().filter(pair -> pair.state() == state).count();
    }

    private static Integer percent(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static Double mean(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return round(sum / values.length);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value).replace('.', ',');
    }
}
