package ru.nastavnik.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.common.Refused;

/**
 * How our pages and controllers answer a refusal: a {@link Refused} with its Russian reason, a body Spring cannot
 * read, a failure while the database does not answer (503). A JSON {@code {"type": "Refused", "message": …}} for
 * scripts, the page «refusal» for browsers. Anything else goes on to the error page ({@link ErrorPages}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalPages {

    static final String UNREADABLE = "Запрос не прочитан: тело должно быть JSON с полями, описанными в руководстве "
            + "(числа — числами, даты — ГГГГ-ММ-ДД). Ничего не изменено.";

    private final DatabaseReachability database;

    RefusalPages(DatabaseReachability database) {
        this.database = database;
    }

    /** A script's body that is not JSON, or a value of the wrong type: Spring would answer in English. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, new Refused(Refused.Kind.INVALID, UNREADABLE));
    }

    @ExceptionHandler(Refused.class)
    Object refused(Refused refused, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, refused);
    }

    /** Whatever else failed: answered here only when the database is the cause; otherwise the error page answers it. */
    @ExceptionHandler(Exception.class)
    Object failed(Exception failure, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Refused outage = database.refusalOf(failure, request.getMethod(), request.getRequestURI()).orElseThrow(() -> failure);
        return answer(request, response, outage);
    }

    /** The one way a refusal is written for our pages, the controllers' scripts and the error page. */
    static Object answer(HttpServletRequest request, HttpServletResponse response, Refused refused) {
        if (refused.kind() == Refused.Kind.UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseReachability.RETRY_AFTER_SECONDS);
        }
        if (!wantsPage(request)) {
            return ResponseEntity.status(refused.kind().status()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("type", "Refused", "message", refused.getMessage(), "problems", refused.problems()));
        }
        ModelAndView page = new ModelAndView("refusal", Map.of("message", refused.getMessage(), "problems", refused.problems()));
        page.setStatus(HttpStatus.valueOf(refused.kind().status()));
        return page;
    }

    /** A browser opening a page: it takes HTML and does not prefer JSON. */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !StaffPages.wantsJson(request);
    }
}
