package ru.nastavnik.orders;

import static ru.nastavnik.common.Refused.Kind.NOT_FOUND;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolPages;
import ru.nastavnik.web.StaffPages;

/** The list of the school's orders and their printable documents, for the people who run the programme there. */
@Controller
class OrdersController {

    private static final Role[] READERS = {Role.DIRECTOR, Role.CURATOR, Role.METHODOLOGIST, Role.ADMINISTRATOR};
    static final String FORBIDDEN = "Приказы доступны директору, куратору программы наставничества, методисту и администратору.";

    private final Orders orders;

    OrdersController(Orders orders) {
        this.orders = orders;
    }

    @GetMapping("/orders")
    String list(HttpServletRequest request, Model model) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        model.addAttribute("orders", orders.list(schoolId));
        model.addAttribute("schoolId", schoolId);
        return "orders/list";
    }

    @GetMapping("/orders/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable String id, HttpServletRequest request) {
        String schoolId = SchoolPages.require(request, FORBIDDEN, READERS).schoolId();
        OrderRecord order = orders.find(schoolId, id).orElseThrow(() -> new Refused(NOT_FOUND, "Приказ не найден."));
        byte[] document = orders.document(schoolId, id);
        return order.number() == null
                ? StaffPages.download(document, StaffPages.DOCX, "Проект приказа.docx", "order-draft.docx")
                : StaffPages.download(document, StaffPages.DOCX,
                        "Приказ № " + order.number() + ".docx", "order-" + order.number() + ".docx");
    }
}
