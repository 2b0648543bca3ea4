package ru.nastavnik.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows a {@link Refusal} with its Russian reason: a JSON message for scripts, the page «refusal» for browsers. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalPages {

    static final String UNREADABLE = "Запрос не прочитан: тело должно быть JSON с полями, описанными в руководстве "
            + "(числа — числами, даты — ГГГГ-ММ-ДД). Ничего не изменено.";

    /** A script's body that is not JSON, or a value of the wrong type: Spring would answer in English. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("message", UNREADABLE));
    }

    @ExceptionHandler(Refusal.class)
    Object refused(Refusal refusal, HttpServletRequest request) {
        if (StaffPages.wantsJson(request)) {
            return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("message", refusal.getMessage()));
        }
        ModelAndView page = new ModelAndView("refusal", Map.of("message", refusal.getMessage()));
        page.setStatus(refusal.status());
        return page;
    }
}
