package ru.nastavnik.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.common.Refused;

/**
 * The container's error page, in place of Spring Boot's English one: what failed outside the engine REST APIs and our
 * controllers (a filter, the door's sign-in while the database is down, a missing page) is answered here in Russian,
 * as {@link RefusalPages} answers: a {@link Refused} as itself, a failure of the database as 503, anything else by
 * its status (the page «error» for browsers), never with the exception's text.
 */
@Controller
class ErrorPages implements ErrorController {

    private final DatabaseReachability database;

    ErrorPages(DatabaseReachability database) {
        this.database = database;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Refused refused = Refused.in(failure).orElse(null);
        if (refused == null && status >= 500) {
            refused = database.refusalOf(failure, request.getMethod(), request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).orElse(null);
        }
        if (refused != null) {
            return RefusalPages.answer(request, response, refused);
        }
        if (!RefusalPages.wantsPage(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("type", "Refused", "message", StatusReasons.of(status)));
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status));
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }
}
