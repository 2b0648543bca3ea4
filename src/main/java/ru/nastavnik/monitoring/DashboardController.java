package ru.nastavnik.monitoring;

import static ru.nastavnik.common.Refused.Kind.NOT_FOUND;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.nastavnik.common.Refused;
import ru.nastavnik.common.RussianDates;
import ru.nastavnik.identity.Role;
import ru.nastavnik.pair.PairOverview;
import ru.nastavnik.pair.PairOverview.PairRow;
import ru.nastavnik.pair.PairRatings;
import ru.nastavnik.programme.ProgrammeKpis;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.web.StaffPages;
import ru.nastavnik.school.SchoolPages;

/**
 * The programme at a glance (/dashboard) for the director and the curator: each key figure against its target per
 * school year, the state of every pair, what is overdue, the monitoring rounds with their documents, the mentors'
 * rating and the bank of successful practices. Scripts get the current figures as JSON.
 */
@Controller
class DashboardController {

    static final String FORBIDDEN = "Панель показателей доступна директору, куратору и администратору.";
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Role[] READERS = {Role.DIRECTOR, Role.CURATOR, Role.ADMINISTRATOR};

    private final MonitoringFigures figures;
    private final MonitoringRounds rounds;
    private final PairOverview pairs;
    private final PairRatings ratings;
    private final MenteeBank mentees;
    private final MentorBank mentors;
    private final SuccessCases cases;
    private final OverdueItems overdue;
    private final Clock clock;

    DashboardController(MonitoringFigures figures, MonitoringRounds rounds, PairOverview pairs, PairRatings ratings,
                        MenteeBank mentees, MentorBank mentors, SuccessCases cases, OverdueItems overdue, Clock clock) {
        this.figures = figures;
        this.rounds = rounds;
        this.pairs = pairs;
        this.ratings = ratings;
        this.mentees = mentees;
        this.mentors = mentors;
        this.cases = cases;
        this.overdue = overdue;
        this.clock = clock;
    }

    static String roundPath(String roundId) {
        return "/dashboard/rounds/" + roundId;
    }

    @GetMapping("/dashboard")
    Object page(HttpServletRequest request, Model model) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        KpiSnapshot now = figures.now(schoolId);
        if (StaffPages.wantsJson(request)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(now);
        }
        List<MonitoringRounds.Round> allRounds = rounds.list(schoolId);
        List<PairRow> allPairs = pairs.pairs(schoolId);
        Map<String, KpiSnapshot> byYear = perYear(allRounds, now);
        model.addAttribute("now", now);
        model.addAttribute("today", RussianDates.format(LocalDate.now(clock)));
        model.addAttribute("youngChart", Charts.percentAgainstTarget("Молодые специалисты в программах",
                points(byYear, KpiSnapshot::youngShare, snapshot -> ProgrammeKpis.YOUNG_SHARE_TARGET)));
        model.addAttribute("menteeChart", Charts.percentAgainstTarget("Удовлетворённость наставляемых",
                points(byYear, KpiSnapshot::menteeSatisfaction, KpiSnapshot::satisfactionTarget)));
        model.addAttribute("mentorChart", Charts.percentAgainstTarget("Удовлетворённость наставников",
                points(byYear, KpiSnapshot::mentorSatisfaction, KpiSnapshot::satisfactionTarget)));
        model.addAttribute("formsChart", Charts.bars("Пары по формам наставничества", now.pairsByForm(), "#1c4a7a"));
        Map<String, Integer> states = new LinkedHashMap<>();
        for (PairOverview.State state : PairOverview.State.values()) {
            states.put(state.title(), (int) allPairs.stream().filter(pair -> pair.state() == state).count());
        }
        model.addAttribute("statesChart", Charts.bars("Все пары по состоянию", states, "#5c7fa8"));
        model.addAttribute("pairs", allPairs);
        model.addAttribute("overdue", overdue.now(schoolId, Date.from(clock.instant())));
        model.addAttribute("rounds", allRounds);
        model.addAttribute("rating", MentorRating.of(mentors.list(schoolId), mentees.list(schoolId), allPairs, ratings.all(schoolId)));
        model.addAttribute("cases", cases.list(schoolId));
        model.addAttribute("schoolId", schoolId);
        return "monitoring/dashboard";
    }

    @GetMapping("/dashboard/report.docx")
    ResponseEntity<byte[]> currentReport(HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        LocalDate today = LocalDate.now(clock);
        byte[] document = MonitoringDocuments.report(new MonitoringDocuments.Subject("Текущие показатели", today,
                figures.now(schoolId), null, null), rating(schoolId), cases.list(schoolId));
        return StaffPages.download(document, StaffPages.DOCX, "Мониторинг " + today + ".docx", "monitoring-" + today + ".docx");
    }

    @GetMapping("/dashboard/figures.csv")
    ResponseEntity<byte[]> currentCsv(HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        LocalDate today = LocalDate.now(clock);
        return StaffPages.download(MonitoringDocuments.csv(figures.now(schoolId)), CSV, "Показатели " + today + ".csv", "figures-" + today + ".csv");
    }

    @GetMapping("/dashboard/figures.xlsx")
    ResponseEntity<byte[]> currentXlsx(HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        LocalDate today = LocalDate.now(clock);
        return StaffPages.download(MonitoringDocuments.xlsx(figures.now(schoolId)), XLSX, "Показатели " + today + ".xlsx", "figures-" + today + ".xlsx");
    }

    @GetMapping("/dashboard/rounds/{id}/report.docx")
    ResponseEntity<byte[]> roundReport(@PathVariable String id, HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        MonitoringRounds.Round round = round(schoolId, id);
        String review = switch (round.status()) {
            case ACCEPTED -> "SWOT-анализ принят директором" + (round.reviewComment() == null ? "." : ": " + round.reviewComment());
            case RETURNED -> "SWOT-анализ возвращён куратору на доработку: " + round.reviewComment();
            default -> round.status().title() + ".";
        };
        byte[] document = MonitoringDocuments.report(new MonitoringDocuments.Subject(round.title(), round.computedAt().toLocalDate(),
                round.figures(), round.swot(), review), rating(schoolId), cases.list(schoolId));
        return StaffPages.download(document, StaffPages.DOCX, round.title() + ".docx", "monitoring-round-" + round.number() + ".docx");
    }

    @GetMapping("/dashboard/rounds/{id}/figures.csv")
    ResponseEntity<byte[]> roundCsv(@PathVariable String id, HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        MonitoringRounds.Round round = round(schoolId, id);
        return StaffPages.download(MonitoringDocuments.csv(round.figures()), CSV, round.title() + ".csv", "monitoring-round-" + round.number() + ".csv");
    }

    @GetMapping("/dashboard/rounds/{id}/figures.xlsx")
    ResponseEntity<byte[]> roundXlsx(@PathVariable String id, HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        MonitoringRounds.Round round = round(schoolId, id);
        return StaffPages.download(MonitoringDocuments.xlsx(round.figures()), XLSX, round.title() + ".xlsx", "monitoring-round-" + round.number() + ".xlsx");
    }

    private MonitoringRounds.Round round(String schoolId, String id) {
        return rounds.find(schoolId, id).orElseThrow(() -> new Refused(NOT_FOUND, "Раунд мониторинга не найден."));
    }

    private List<MentorRating> rating(String schoolId) {
        return MentorRating.of(mentors.list(schoolId), mentees.list(schoolId), pairs.pairs(schoolId), ratings.all(schoolId));
    }

    /** The newest round of each past school year, and today's figures for the current one; the last four years. */
    static Map<String, KpiSnapshot> perYear(List<MonitoringRounds.Round> newestFirst, KpiSnapshot now) {
        TreeMap<String, KpiSnapshot> years = new TreeMap<>();
        for (MonitoringRounds.Round round : newestFirst) {
            years.putIfAbsent(round.schoolYear(), round.figures());
        }
        years.put(now.schoolYear(), now);
        while (years.size() > 4) {
            years.pollFirstEntry();
        }
        return years;
    }

    private static List<Charts.Point> points(Map<String, KpiSnapshot> years, Function<KpiSnapshot, Integer> value,
                                             Function<KpiSnapshot, Integer> target) {
        List<Charts.Point> points = new ArrayList<>();
        years.forEach((year, snapshot) -> points.add(new Charts.Point(year, value.apply(snapshot), target.apply(snapshot))));
        return points;
    }
}
