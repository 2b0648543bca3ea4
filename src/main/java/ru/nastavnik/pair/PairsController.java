package ru.nastavnik.pair;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.common.Refused;
import ru.nastavnik.common.RussianDates;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolPages;
import ru.nastavnik.web.StaffPages;

/**
 * The pairs' page (/pairs): every pair with its state, meetings and open steps; the curator records an absence (the
 * term moves) or ends a pair early (the director gets the order). Scripts get JSON.
 */
@Controller
@RequestMapping("/pairs")
class PairsController {

    static final String FORBIDDEN = "Наставнические пары школы видят куратор и директор этой школы.";

    private final PairOverview overview;
    private final PairChanges changes;
    private final WorkProgress progress;

    PairsController(PairOverview overview, PairChanges changes, WorkProgress progress) {
        this.overview = overview;
        this.changes = changes;
        this.progress = progress;
    }

    @GetMapping({"", "/"})
    Object page(HttpServletRequest request, @RequestParam(name = "done", required = false) String done) {
        String schoolId = allowStaff(request);
        if (StaffPages.wantsJson(request)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(overview.pairs(schoolId));
        }
        String message = switch (done == null ? "" : done) {
            case "absence" -> "Отсутствие отмечено: срок наставничества продлён, напоминания перенесены.";
            case "termination" -> "Проект приказа о досрочном прекращении наставничества передан директору на подпись.";
            default -> null;
        };
        return page(request, schoolId, message, null, HttpStatus.OK);
    }

    @PostMapping("/{pairId}/absence")
    Object absence(@PathVariable String pairId, @RequestParam(required = false) String who,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String firstDay,
                   @RequestParam(required = false) String lastDay, @RequestParam(required = false) String comment,
                   HttpServletRequest request) {
        SchoolPages.Access access = allowChange(request);
        return change(request, access.schoolId(), "absence", () -> {
            LocalDate end = changes.recordAbsence(access.schoolId(), pairId, who, reason, date(firstDay), date(lastDay), comment, access.user().id());
            return Map.of("message", "Срок наставничества продлён до " + RussianDates.format(end) + ".", "endDate", end.toString());
        });
    }

    @PostMapping("/{pairId}/termination")
    Object termination(@PathVariable String pairId, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String comment, HttpServletRequest request) {
        SchoolPages.Access access = allowChange(request);
        return change(request, access.schoolId(), "termination", () -> {
            changes.requestTermination(access.schoolId(), pairId, reason, comment, access.user().id());
            return Map.of("message", "Проект приказа о досрочном прекращении наставничества передан директору на подпись.");
        });
    }

    private Object change(HttpServletRequest request, String schoolId, String done,
                          java.util.function.Supplier<Map<String, String>> work) {
        try {
            Map<String, String> result = work.get();
            if (StaffPages.wantsJson(request)) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
            }
            return new ModelAndView("redirect:/pairs?done=" + done + "&" + SchoolPages.PARAMETER + "=" + schoolId);
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            if (StaffPages.wantsJson(request)) {
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("message", refused.getMessage()));
            }
            return page(request, schoolId, null, refused.problems(), HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView page(HttpServletRequest request, String schoolId, String message, List<String> problems,
                              HttpStatus status) {
        List<PairOverview.PairRow> rows = overview.pairs(schoolId);
        ModelAndView view = new ModelAndView("pairs/pairs");
        view.addObject("pairs", rows);
        List<WorkProgress.Step> forming = progress.recent().stream()
                .filter(FormingProgress::isForming).toList();
        view.addObject("forming", forming);
        view.addObject("formingRuns", forming.stream().anyMatch(WorkProgress.Step::running));
        view.addObject("working", rows.stream().filter(row -> row.state() == PairOverview.State.WORKING).count());
        view.addObject("completed", rows.stream().filter(row -> row.state() == PairOverview.State.COMPLETED).count());
        view.addObject("terminated", rows.stream().filter(row -> row.state() == PairOverview.State.TERMINATED).count());
        view.addObject("waitingFeedback", rows.stream().filter(PairOverview.PairRow::waitingFeedback).count());
        view.addObject("absenceReasons", AbsenceReason.values());
        view.addObject("terminationReasons", TerminationReason.values());
        view.addObject("canChange", new SchoolPages.Access(CurrentUser.of(request), schoolId).hasRole(Role.CURATOR));
        view.addObject("schoolId", schoolId);
        view.addObject("message", message);
        view.addObject("problems", problems);
        view.setStatus(status);
        return view;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refused(INVALID, List.of("Дата «" + text.strip() + "» не распознана: укажите её как ГГГГ-ММ-ДД."));
        }
    }

    /** The school whose pairs the page shows: one where the person is its curator or director. */
    private static String allowStaff(HttpServletRequest request) {
        return SchoolPages.require(request, FORBIDDEN, Role.CURATOR, Role.DIRECTOR).schoolId();
    }

    /** Only the school's curator changes its pairs; the page's CSRF token is checked at the door (WebSecurity). */
    private static SchoolPages.Access allowChange(HttpServletRequest request) {
        return SchoolPages.require(request, "Отмечать отсутствие и прекращать наставничество может куратор.", Role.CURATOR);
    }
}
