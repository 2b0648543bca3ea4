package ru.nastavnik.region;

import static ru.nastavnik.common.Refused.Kind.NOT_FOUND;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.common.Refused;
import ru.nastavnik.district.DistrictAppointment;
import ru.nastavnik.district.DistrictOverview;
import ru.nastavnik.district.DistrictStaff.DistrictRole;
import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.District;
import ru.nastavnik.school.Schools;
import ru.nastavnik.web.StaffPages;

/**
 * The region's page: every district with its people and how its schools stand; adding a district with its first
 * administrator, appointing a district's people, and (for the installation's administrator) the region's administrators.
 */
@Controller
@RequestMapping("/region")
class RegionController {

    static final String FORBIDDEN_TEXT = "Страница региона доступна администратору региона и администратору системы.";
    static final String ADMINISTRATORS_TEXT = "Назначать администраторов региона может администратор системы.";

    private final RegionDistricts districts;
    private final RegionAdministrators administrators;
    private final DistrictOverview overview;
    private final DistrictAppointment appointment;
    private final Schools schools;

    RegionController(RegionDistricts districts, RegionAdministrators administrators, DistrictOverview overview,
                     DistrictAppointment appointment, Schools schools) {
        this.districts = districts;
        this.administrators = administrators;
        this.overview = overview;
        this.appointment = appointment;
        this.schools = schools;
    }

    @GetMapping({"", "/"})
    ModelAndView page(HttpServletRequest request) {
        return page(user(request), null, null, List.of(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/districts")
    ModelAndView addDistrict(@RequestParam Map<String, String> form, HttpServletRequest request) {
        CurrentUser user = user(request);
        return done(user, form, "Район не добавлен.", () -> {
            District district = districts.add(new RegionDistricts.NewDistrict(form.get("name"), form.get("regionName"),
                    form.get("administratorName"), form.get("administratorEmail")));
            return "Район «" + district.name() + "» добавлен; администратору района отправлено приглашение.";
        });
    }

    @PostMapping("/staff")
    ModelAndView appoint(@RequestParam Map<String, String> form, HttpServletRequest request) {
        CurrentUser user = user(request);
        return done(user, form, "Назначение не сохранено.", () -> {
            District district = schools.findDistrict(form.getOrDefault("district", ""))
                    .orElseThrow(() -> new Refused(NOT_FOUND, "Район не найден."));
            DistrictRole role = "METHODOLOGIST".equals(form.get("role")) ? DistrictRole.METHODOLOGIST : DistrictRole.ADMINISTRATOR;
            appointment.appoint(district.id(), form.get("fullName"), form.get("email"), role);
            return (role == DistrictRole.ADMINISTRATOR ? "Администратор" : "Методист") + " района «" + district.name()
                    + "» назначен" + "; если у него ещё не было учётной записи, ему отправлено приглашение.";
        });
    }

    @PostMapping("/administrators")
    ModelAndView appointAdministrator(@RequestParam Map<String, String> form, HttpServletRequest request) {
        CurrentUser user = StaffPages.require(request, ADMINISTRATORS_TEXT, Role.ADMINISTRATOR);
        return done(user, form, "Администратор региона не назначен.", () -> {
            administrators.appoint(form.get("fullName"), form.get("email"));
            return "Администратор региона назначен; если у него ещё не было учётной записи, ему отправлено приглашение.";
        });
    }

    /** The page with what the work did, or with the refusal's problems and the form as it was typed (nothing saved). */
    private ModelAndView done(CurrentUser user, Map<String, String> form, String refusedHeading, Supplier<String> work) {
        try {
            return page(user, work.get(), null, List.of(), Map.of(), HttpStatus.OK);
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            return page(user, null, refusedHeading, refused.problems(), form, HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView page(CurrentUser user, String done, String error, List<String> problems, Map<String, String> form,
                              HttpStatus status) {
        ModelAndView view = new ModelAndView("region/districts");
        view.addObject("districts", overview.all());
        view.addObject("usualRegion", districts.usualRegion());
        boolean installationAdministrator = user.hasAnyRole(Role.ADMINISTRATOR);
        view.addObject("installationAdministrator", installationAdministrator);
        view.addObject("administrators", installationAdministrator ? administrators.names() : List.of());
        view.addObject("done", done);
        view.addObject("error", error);
        view.addObject("problems", problems);
        view.addObject("form", form);
        view.setStatus(status);
        return view;
    }

    private static CurrentUser user(HttpServletRequest request) {
        return StaffPages.require(request, FORBIDDEN_TEXT, Role.REGION_ADMINISTRATOR, Role.ADMINISTRATOR);
    }
}
