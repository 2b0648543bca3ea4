package ru.nastavnik.identity;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page while the region's provider is on: the provider's button and the password sign-in (Tasklist's
 * login form); the provider's refusals, in Russian.
 */
@Controller
@ConditionalOnProperty(name = RegionSignIn.ENABLED, havingValue = "true")
class SignInPage {

    static final String PATH = "/signin";
    static final String REFUSED = PATH + "/refused";
    static final String TASKLIST = "/camunda/app/tasklist/";
    static final String UNKNOWN = "unknown";
    static final String NO_EMAIL = "no-email";
    static final String NO_TASKLIST = "no-tasklist";
    static final String FAILED = "failed";
    static final String BUTTON = "Войти через региональную учётную запись";

    private static final Map<String, String> REASONS = Map.of(
            UNKNOWN, "Вход не выполнен: учётная запись с адресом электронной почты, который сообщила региональная система, "
                    + "в «Наставнике» не найдена. Обратитесь к куратору или администратору школы: вас добавят с этим адресом.",
            NO_EMAIL, "Вход не выполнен: региональная система не сообщила подтверждённый адрес электронной почты. "
                    + "Подтвердите адрес в региональной учётной записи или войдите по логину и паролю.",
            NO_TASKLIST, "Вход не выполнен: у вашей учётной записи нет доступа к списку задач. Обратитесь к администратору.",
            FAILED, "Вход через региональную учётную запись не удался. Попробуйте ещё раз или войдите по логину и паролю.");

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("button", BUTTON);
        model.addAttribute("start", RegionSignIn.START);
        model.addAttribute("tasklist", TASKLIST);
        return "identity/signin";
    }

    @GetMapping(REFUSED)
    String refused(@RequestParam(defaultValue = FAILED) String reason, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("message", REASONS.getOrDefault(reason, REASONS.get(FAILED)));
        return page(model);
    }
}
