package ru.nastavnik.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.identity.CurrentUser;
import ru.nastavnik.identity.Role;

/**
 * The demo mailbox: the letters the demo sent, newest first, readable as the recipient sees it. Each person sees the
 * letters sent to their own address; the school's staff (director, curator, methodologist, administrator) see all.
 */
@Controller
@Profile("demo")
class DemoMailController {

    record Letter(int number, String to, String subject, Date sent) { }

    private final GreenMail demoSmtpServer;
    private final IdentityService identity;

    DemoMailController(GreenMail demoSmtpServer, IdentityService identity) {
        this.demoSmtpServer = demoSmtpServer;
        this.identity = identity;
    }

    @GetMapping("/demo/mail")
    String mailbox(Model model, HttpServletRequest request) throws MessagingException {
        MimeMessage[] messages = demoSmtpServer.getReceivedMessages();
        Reader reader = reader(request);
        List<Letter> letters = new ArrayList<>();
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage message = messages[i];
            if (!reader.mayRead(message)) {
                continue;
            }
            letters.add(new Letter(i, String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                    message.getSubject(), message.getSentDate()));
        }
        model.addAttribute("letters", letters);
        return "demo/mailbox";
    }

    /** The HTML body, shown in a sandboxed frame of the mailbox page. */
    @GetMapping(value = "/demo/mail/{number}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> letter(@PathVariable int number, HttpServletRequest request) throws MessagingException, IOException {
        MimeMessage[] messages = demoSmtpServer.getReceivedMessages();
        if (number < 0 || number >= messages.length || !reader(request).mayRead(messages[number])) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Письмо не найдено");
        }
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
                .body(htmlPart(messages[number]));
    }

    /** Who reads: staff read every letter, anyone else the letters to their own address (none without one). */
    private record Reader(boolean staff, String email) {
        boolean mayRead(MimeMessage message) throws MessagingException {
            if (staff) {
                return true;
            }
            if (email == null || email.isBlank() || message.getAllRecipients() == null) {
                return false;
            }
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address instanceof InternetAddress internet
                    && internet.getAddress() != null && internet.getAddress().equalsIgnoreCase(email));
        }
    }

    private Reader reader(HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        if (user.hasAnyRole(Role.DIRECTOR, Role.CURATOR, Role.METHODOLOGIST, Role.ADMINISTRATOR)) {
            return new Reader(true, null);
        }
        User person = AsSystem.call(identity, () -> identity.createUserQuery().userId(user.id()).singleResult());
        return new Reader(false, person == null ? null : person.getEmail());
    }

    private static String htmlPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlPart(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        if (part.isMimeType("text/plain")) {
            return "<pre>" + HtmlUtils.htmlEscape((String) part.getContent()) + "</pre>";
        }
        return null;
    }
}
