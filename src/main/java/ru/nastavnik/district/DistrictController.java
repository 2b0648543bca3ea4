package ru.nastavnik.district;

import static ru.nastavnik.common.Refused.Kind.FORBIDDEN;
import static ru.nastavnik.common.Refused.Kind.INVALID;
import static ru.nastavnik.common.Refused.Kind.NOT_FOUND;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.common.ExcelCsv;
import ru.nastavnik.common.Refused;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.District;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.web.StaffPages;

/** The district administrator's page: the district's schools and how each stands; adding schools, appointing directors. */
@Controller
@RequestMapping("/district")
class DistrictController {

    static final String FORBIDDEN_TEXT = "Страница района доступна администратору района.";
    static final String PROGRESS = "progressId";

    private final DistrictSchools districtSchools;
    private final DistrictStaff staff;
    private final Schools schools;
    private final WorkProgress progress;

    DistrictController(DistrictSchools districtSchools, DistrictStaff staff, Schools schools, WorkProgress progress) {
        this.districtSchools = districtSchools;
        this.staff = staff;
        this.schools = schools;
        this.progress = progress;
    }

    @GetMapping({"", "/"})
    ModelAndView page(HttpServletRequest request) {
        return page(district(request), null, null, List.of(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/schools")
    ModelAndView addSchool(@RequestParam Map<String, String> form, HttpServletRequest request) {
        District district = district(request);
        SchoolRow row = new SchoolRow(0, form.getOrDefault("fullName", ""), form.getOrDefault("shortName", ""),
                RussianTimeZone.parse(form.get("timeZone")).orElse(null), form.getOrDefault("directorName", ""),
                form.getOrDefault("directorEmail", ""));
        try {
            School school = districtSchools.add(district.id(), row);
            return page(district, "Школа «" + school.shortName() + "» добавлена" + (row.hasDirector()
                    ? "; директору отправлено приглашение." : "."), null, List.of(), Map.of(), HttpStatus.OK);
        } catch (Refused refused) {
            return page(district, null, refused.getMessage(), refused.problems(), form, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/schools/import")
    Object importSchools(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(name = PROGRESS, required = false) String progressId,
                         HttpServletRequest request) throws IOException {
        District district = district(request);
        try {
            if (file == null || file.isEmpty()) {
                throw new Refused(INVALID, "Выберите файл CSV или XLSX со списком школ.");
            }
            byte[] content = file.getBytes();
            List<School> added = progress.track(progressKey(progressId), "Добавление школ района",
                    () -> districtSchools.addList(district.id(), file.getOriginalFilename(), content));
            String done = "Добавлено школ: " + added.size() + ". Директорам отправлены приглашения.";
            if (StaffPages.wantsJson(request)) {
                return ResponseEntity.ok(Map.of("message", done, "added", added.size()));
            }
            return page(district, done, null, List.of(), Map.of(), HttpStatus.OK);
        } catch (Refused refused) {
            if (StaffPages.wantsJson(request)) {
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("message", refused.getMessage(), "problems", refused.problems()));
            }
            return page(district, null, refused.getMessage(), refused.problems(), Map.of(), HttpStatus.BAD_REQUEST);
        }
    }

    /** How far the list the page sent with {@code progressId} has come (the page asks twice a second). */
    @GetMapping(value = "/import-progress/{progressId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importProgress(@PathVariable String progressId, HttpServletRequest request) {
        district(request);
        return progress.find(progressKey(progressId))
                .map(step -> ResponseEntity.ok(Map.<String, Object>of("stage", step.stage(), "done", step.done(),
                        "total", step.total(), "percent", step.percent(), "finished", step.finished())))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/templates/schools.csv")
    ResponseEntity<byte[]> template(HttpServletRequest request) {
        district(request);
        return StaffPages.download(ExcelCsv.of(List.of(SchoolRows.COLUMNS, List.of("Муниципальное бюджетное общеобразовательное "
                        + "учреждение «Средняя общеобразовательная школа № 1»", "МБОУ СОШ № 1", "МСК", "Иванова Мария Петровна",
                        "ivanova@school1.example"))),
                MediaType.parseMediaType("text/csv; charset=UTF-8"), "Школы района.csv", "district-schools.csv");
    }

    private ModelAndView page(District district, String done, String error, List<String> problems, Map<String, String> form,
                              HttpStatus status) {
        ModelAndView view = new ModelAndView("district/schools");
        view.addObject("district", district);
        view.addObject("states", districtSchools.states(district.id()));
        view.addObject("zones", RussianTimeZone.values());
        view.addObject("columns", SchoolRows.COLUMNS);
        view.addObject("done", done);
        view.addObject("error", error);
        view.addObject("problems", problems);
        view.addObject("form", form);
        view.setStatus(status);
        return view;
    }

    /** The district the signed-in administrator serves ({@code ?district=} for one of several). */
    private District district(HttpServletRequest request) {
        CurrentUser user = StaffPages.require(request, FORBIDDEN_TEXT, Role.DISTRICT_ADMINISTRATOR);
        List<String> districts = staff.districtsOf(user.id(), DistrictStaff.DistrictRole.ADMINISTRATOR);
        String named = request.getParameter("district");
        String id = named != null ? named : districts.stream().findFirst().orElse(null);
        if (id == null || !districts.contains(id)) {
            throw new Refused(FORBIDDEN, FORBIDDEN_TEXT);
        }
        return schools.findDistrict(id).orElseThrow(() -> new Refused(NOT_FOUND, "Район не найден."));
    }

    private static String progressKey(String progressId) {
        return progressId != null && progressId.matches("[A-Za-z0-9-]{8,64}") ? "district-" + progressId : null;
    }
}
