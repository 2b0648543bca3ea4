package ru.nastavnik.programme;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;

/** The final reports of the programmes, for the director, the curator, the methodologist and the administrator. */
@Controller
class ReportsController {

    private static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProgrammeReports reports;

    ReportsController(ProgrammeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    String list(HttpServletRequest request, Model model) {
        allowed(request);
        model.addAttribute("reports", reports.list());
        return "reports/list";
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<byte[]> document(@PathVariable String id, HttpServletRequest request) {
        allowed(request);
        byte[] document = reports.document(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Отчёт не найден"));
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Итоговый отчёт.docx", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    private static void allowed(HttpServletRequest request) {
        if (!CurrentUser.of(request).hasAnyRole(Role.DIRECTOR, Role.CURATOR, Role.METHODOLOGIST, Role.ADMINISTRATOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Итоговые отчёты доступны директору, куратору и методисту.");
        }
    }
}
