package ru.nastavnik.orders;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;

/** The list of the school's orders and their printable documents, for the people who run the programme. */
@Controller
class OrdersController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final Role[] READERS = {Role.DIRECTOR, Role.CURATOR, Role.METHODOLOGIST, Role.ADMINISTRATOR};
    private static final Logger log = LoggerFactory.getLogger(OrdersController.class);

    /** Refuses a request with a status and a Russian explanation, shown on the error page. */
    static final class Refusal extends RuntimeException {
        private final HttpStatus status;

        Refusal(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final Orders orders;

    OrdersController(Orders orders) {
        this.orders = orders;
    }

    @GetMapping("/orders")
    String list(HttpServletRequest request, Model model) {
        requireReader(request);
        model.addAttribute("orders", orders.list());
        return "orders/list";
    }

    @GetMapping("/orders/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable String id, HttpServletRequest request) {
        requireReader(request);
        OrderRecord order = orders.find(id).orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "Приказ не найден."));
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("Приказ № " + order.number() + ".docx",
                        "order-" + order.number() + ".docx"))
                .header("X-Content-Type-Options", "nosniff")
                .body(orders.document(id));
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal) {
        return errorPage(refusal.status, refusal.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure) {
        log.error("Orders page failed", failure);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR, "Не удалось показать приказы. Попробуйте позже или сообщите администратору.");
    }

    private static void requireReader(HttpServletRequest request) {
        if (!CurrentUser.of(request).hasAnyRole(READERS)) {
            throw new Refusal(HttpStatus.FORBIDDEN,
                    "Приказы доступны директору, куратору программы наставничества, методисту и администратору.");
        }
    }

    private static ModelAndView errorPage(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("orders/error");
        page.setStatus(status);
        page.addObject("message", message);
        return page;
    }

    /** RFC 6266 with an RFC 5987 UTF-8 name for current browsers and an ASCII name for the rest. */
    static String attachment(String name, String asciiFallback) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
    }
}
