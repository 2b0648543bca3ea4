package ru.nastavnik.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows a {@link Refusal} with its Russian reason: a JSON message for scripts, the page «refusal» for browsers. */
@ControllerAdvice
class RefusalPages {

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
