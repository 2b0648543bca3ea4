package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.common.ExcelCsv;
import ru.nastavnik.common.Refused;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolPages;
import ru.nastavnik.web.StaffPages;

/** The banks' page: both banks as tables, file uploads with their reports, templates, and JSON lists for scripts. */
@Controller
@RequestMapping("/registry")
class RegistryController {

    static final String FORBIDDEN = "Банки наставников и наставляемых школы доступны только куратору и директору этой школы.";
    static final String PROGRESS = "progressId";

    private final MenteeBank mentees;
    private final MentorBank mentors;
    private final WorkProgress progress;

    RegistryController(MenteeBank mentees, MentorBank mentors, WorkProgress progress) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.progress = progress;
    }

    @GetMapping({"", "/"})
    ModelAndView page(HttpServletRequest request) {
        return page(request, allowStaff(request), null, null, null, HttpStatus.OK);
    }

    @PostMapping("/mentees/import")
    Object importMentees(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(name = PROGRESS, required = false) String progressId, HttpServletRequest request)
            throws IOException {
        String schoolId = allowStaff(request);
        return upload(file, request, schoolId, "mentees", tracked(progressId, "Загрузка файла в банк наставляемых",
                (name, content) -> mentees.importFile(schoolId, name, content)));
    }

    @PostMapping("/mentors/import")
    Object importMentors(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(name = PROGRESS, required = false) String progressId, HttpServletRequest request)
            throws IOException {
        String schoolId = allowStaff(request);
        return upload(file, request, schoolId, "mentors", tracked(progressId, "Загрузка файла в банк наставников",
                (name, content) -> mentors.importFile(schoolId, name, content)));
    }

    /** How far the upload the page sent with {@code progressId} has come, while its import runs (the page asks twice a second). */
    @GetMapping(value = "/import-progress/{progressId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> importProgress(@PathVariable String progressId, HttpServletRequest request) {
        allowStaff(request);
        return progress.find(uploadKey(progressId))
                .map(step -> ResponseEntity.ok(Map.<String, Object>of("stage", step.stage(), "done", step.done(),
                        "total", step.total(), "percent", step.percent(), "finished", step.finished())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/mentees", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Mentee> menteeList(HttpServletRequest request) {
        return mentees.list(allowStaff(request));
    }

    @GetMapping(value = "/mentors", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Mentor> mentorList(HttpServletRequest request) {
        return mentors.list(allowStaff(request));
    }

    @GetMapping("/templates/mentees.csv")
    ResponseEntity<byte[]> menteeTemplate(HttpServletRequest request) {
        allowStaff(request);
        return template("mentees.csv", MenteeColumns.ALL);
    }

    @GetMapping("/templates/mentors.csv")
    ResponseEntity<byte[]> mentorTemplate(HttpServletRequest request) {
        allowStaff(request);
        return template("mentors.csv", MentorColumns.ALL);
    }

    private Object upload(MultipartFile file, HttpServletRequest request, String schoolId, String bank,
                          BiFunction<String, byte[], ImportReport> importer) throws IOException {
        ImportReport report = null;
        String error;
        try {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                throw new Refused(INVALID, "Выберите файл CSV или XLSX.");
            }
            report = importer.apply(file.getOriginalFilename(), file.getBytes());
            error = null;
        } catch (Refused e) {
            error = e.getMessage();
        }
        HttpStatus status = error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        if (StaffPages.wantsJson(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(error == null ? report : Map.of("message", error));
        }
        return page(request, schoolId, bank, report, error, status);
    }

    private ModelAndView page(HttpServletRequest request, String schoolId, String bank, ImportReport report, String error,
                              HttpStatus status) {
        List<Mentor> mentorList = mentors.list(schoolId);
        Map<String, String> mentorNames = mentorList.stream().collect(Collectors.toMap(Mentor::id, Mentor::fullName));
        ModelAndView view = new ModelAndView("registry/banks");
        view.addObject("mentors", mentorList);
        view.addObject("mentees", mentees.list(schoolId));
        view.addObject("schoolId", schoolId);
        view.addObject("mentorNames", mentorNames);
        view.addObject("menteeColumns", titles(MenteeColumns.ALL));
        view.addObject("mentorColumns", titles(MentorColumns.ALL));
        view.addObject("bank", bank);
        view.addObject("report", report);
        view.addObject("error", error);
        view.setStatus(status);
        return view;
    }

    private BiFunction<String, byte[], ImportReport> tracked(String progressId, String title,
                                                            BiFunction<String, byte[], ImportReport> importer) {
        return (fileName, content) -> progress.track(uploadKey(progressId), title, () -> importer.apply(fileName, content));
    }

    /** The page's random id, kept apart from other work; anything else than a plain id tracks nothing. */
    private static String uploadKey(String progressId) {
        return progressId != null && progressId.matches("[A-Za-z0-9-]{8,64}") ? "upload-" + progressId : null;
    }

    /** The school whose banks are asked for: one where the person is its curator or director. */
    private static String allowStaff(HttpServletRequest request) {
        return SchoolPages.require(request, FORBIDDEN, Role.CURATOR, Role.DIRECTOR).schoolId();
    }

    /** UTF-8 with BOM and «;», as Russian Excel opens a CSV right with a double click. */
    private static ResponseEntity<byte[]> template(String fileName, List<Column> columns) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(ExcelCsv.of(List.of(titles(columns))));
    }

    private static List<String> titles(List<Column> columns) {
        return columns.stream().map(Column::title).toList();
    }
}
