package ru.nastavnik.programme;

import static ru.nastavnik.common.Refused.Kind.NOT_FOUND;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolPages;
import ru.nastavnik.web.StaffPages;

/** The final reports of the programmes, for the director, the curator, the methodologist and the administrator. */
@Controller
class ReportsController {

    static final String FORBIDDEN = "Итоговые отчёты доступны директору, куратору, методисту и администратору.";
    private static final Role[] READERS = {Role.DIRECTOR, Role.CURATOR, Role.METHODOLOGIST, Role.ADMINISTRATOR};

    private final ProgrammeReports reports;

    ReportsController(ProgrammeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    String list(HttpServletRequest request, Model model) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        model.addAttribute("reports", reports.list(schoolId));
        model.addAttribute("schoolId", schoolId);
        return "reports/list";
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<byte[]> document(@PathVariable String id, HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        byte[] document = reports.document(schoolId, id).orElseThrow(() -> new Refused(NOT_FOUND, "Итоговый отчёт не найден."));
        return StaffPages.download(document, StaffPages.DOCX, "Итоговый отчёт.docx", "final-report.docx");
    }
}
