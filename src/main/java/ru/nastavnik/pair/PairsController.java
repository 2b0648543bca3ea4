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
import ru.nastavnik.web.StaffPages;

/**
 * The pairs' page (/pairs): every pair with its state, meetings and open steps; the curator records an absence (the
 * term moves) or ends a pair early (the director gets the order). Scripts get JSON.
 */
@Controller
@RequestMapping("/pairs")
class PairsController {

    static final String FORBIDDEN = "Наставнические пары видят и меняют куратор, директор и администратор.";

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
        allowStaff(request);
        if (StaffPages.wantsJson(request)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(overview.pairs());
        }
        String message = switch (done == null ? "" : done) {
            case "absence" -> "Отсутствие отмечено: срок наставничества продлён, напоминания перенесены.";
            case "termination" -> "Проект приказа о досрочном прекращении наставничества передан директору на подпись.";
            default -> null;
        };
        return page(request, message, null, HttpStatus.OK);
    }

    @PostMapping("/{pairId}/absence")
    Object absence(@PathVariable String pairId, @RequestParam(required = false) String who,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String firstDay,
                   @RequestParam(required = false) String lastDay, @RequestParam(required = false) String comment,
                   HttpServletRequest request) {
        CurrentUser user = allowChange(request);
        return change(request, "absence", () -> {
            LocalDate end = changes.recordAbsence(pairId, who, reason, date(firstDay), date(lastDay), comment, user.id());
            return Map.of("message", "Срок наставничества продлён до " + RussianDates.format(end) + ".", "endDate", end.toString());
        });
    }

    @PostMapping("/{pairId}/termination")
    Object termination(@PathVariable String pairId, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String comment, HttpServletRequest request) {
        CurrentUser user = allowChange(request);
        return change(request, "termination", () -> {
            changes.requestTermination(pairId, reason, comment, user.id());
            return Map.of("message", "Проект приказа о досрочном прекращении наставничества передан директору на подпись.");
        });
    }

    private Object change(HttpServletRequest request, String done, java.util.function.Supplier<Map<String, String>> work) {
        try {
            Map<String, String> result = work.get();
            if (StaffPages.wantsJson(request)) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
            }
            return new ModelAndView("redirect:/pairs?done=" + done);
        } catch (Refused refused) {
            if (StaffPages.wantsJson(request)) {
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("message", refused.getMessage()));
            }
            return page(request, null, refused.problems(), HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView page(HttpServletRequest request, String message, List<String> problems, HttpStatus status) {
        List<PairOverview.PairRow> rows = overview.pairs();
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
        view.addObject("canChange", CurrentUser.of(request).hasAnyRole(Role.CURATOR, Role.ADMINISTRATOR));
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

    private static void allowStaff(HttpServletRequest request) {
        StaffPages.require(request, FORBIDDEN, Role.CURATOR, Role.DIRECTOR, Role.ADMINISTRATOR);
    }

    /** Only the curator (or the administrator) changes pairs; the page's CSRF token is checked at the door (WebSecurity). */
    private static CurrentUser allowChange(HttpServletRequest request) {
        CurrentUser user = StaffPages.require(request, "Отмечать отсутствие и прекращать наставничество может куратор.",
                Role.CURATOR, Role.ADMINISTRATOR);
        return user;
    }
}
