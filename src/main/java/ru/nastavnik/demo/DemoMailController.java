package ru.nastavnik.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/** The demo mailbox: every letter the demo sent, newest first, readable as the recipient sees it. */
@Controller
@Profile("demo")
class DemoMailController {

    record Letter(int number, String to, String subject, Date sent) { }

    private final GreenMail demoSmtpServer;

    DemoMailController(GreenMail demoSmtpServer) {
        this.demoSmtpServer = demoSmtpServer;
    }

    @GetMapping("/demo/mail")
    String mailbox(Model model) throws MessagingException {
        MimeMessage[] messages = demoSmtpServer.getReceivedMessages();
        List<Letter> letters = new ArrayList<>();
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage message = messages[i];
            letters.add(new Letter(i, String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                    message.getSubject(), message.getSentDate()));
        }
        model.addAttribute("letters", letters);
        return "demo/mailbox";
    }

    /** The HTML body, shown in a sandboxed frame of the mailbox page. */
    @GetMapping(value = "/demo/mail/{number}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> letter(@PathVariable int number) throws MessagingException, IOException {
        MimeMessage[] messages = demoSmtpServer.getReceivedMessages();
        if (number < 0 || number >= messages.length) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Письмо не найдено");
        }
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .body(htmlPart(messages[number]));
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
