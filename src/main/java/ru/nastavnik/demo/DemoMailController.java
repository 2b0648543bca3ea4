package ru.nastavnik.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import org.springframework.jdbc.core.JdbcTemplate;
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
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.SchoolPages;

/**
 * The demo mailbox: the letters the demo sent, newest first, readable as the recipient sees it. Each person sees the
 * letters sent to their own address; a school's staff (director, curator, methodologist) those to their schools' people,
 * the administrator all.
 */
@Controller
@Profile("demo")
class DemoMailController {

    record Letter(int number, String to, String subject, Date sent) { }

    private final GreenMail demoSmtpServer;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    DemoMailController(GreenMail demoSmtpServer, IdentityService identity, JdbcTemplate jdbc) {
        this.demoSmtpServer = demoSmtpServer;
        this.identity = identity;
        this.jdbc = jdbc;
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

    /**
     * Who reads: the administrator every letter; a school's staff the letters to the people of their schools (accounts
     * in the schools' groups, the schools' banks); anyone else the letters to their own address (none without one).
     */
    private record Reader(boolean everything, Set<String> addresses) {
        boolean mayRead(MimeMessage message) throws MessagingException {
            if (everything) {
                return true;
            }
            if (message.getAllRecipients() == null) {
                return false;
            }
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address instanceof InternetAddress internet
                    && internet.getAddress() != null && addresses.contains(internet.getAddress().toLowerCase(Locale.ROOT)));
        }
    }

    private Reader reader(HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        if (user.hasAnyRole(Role.ADMINISTRATOR)) {
            return new Reader(true, Set.of());
        }
        Set<String> addresses = new HashSet<>();
        AsSystem.run(identity, () -> {
            User person = identity.createUserQuery().userId(user.id()).singleResult();
            if (person != null && person.getEmail() != null) {
                addresses.add(person.getEmail().toLowerCase(Locale.ROOT));
            }
            for (String school : SchoolPages.schoolsWithRole(user, Role.DIRECTOR, Role.CURATOR, Role.METHODOLOGIST)) {
                for (Role role : Role.SCHOOL_ROLES) {
                    identity.createUserQuery().memberOfGroup(SchoolGroups.groupId(school, role)).list().stream()
                            .map(User::getEmail).filter(email -> email != null)
                            .forEach(email -> addresses.add(email.toLowerCase(Locale.ROOT)));
                }
                for (String bank : List.of("nst_mentee", "nst_mentor")) {
                    jdbc.queryForList("select lower(email) from " + bank + " where school_id = ?", String.class, school)
                            .forEach(addresses::add);
                }
            }
        });
        return new Reader(false, addresses);
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
