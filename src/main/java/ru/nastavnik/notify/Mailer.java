package ru.nastavnik.notify;

import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mail from a service task that runs after the user's transaction (an async job): a failure is
 * thrown so the engine retries the job and shows an incident, and a message already sent is skipped.
 * Logs and incidents carry the message key only, never an address or a name. A message is recorded as sent right
 * after the mail server accepted it: only a crash between the two would send it again (at least once, practically once).
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final SentMails sentMails;
    private final MailTemplates templates;
    private final String from;
    private final String publicUrl;

    Mailer(JavaMailSender sender, SentMails sentMails, MailTemplates templates,
           @Value("${nastavnik.mail.from}") String from, @Value("${nastavnik.public-url}") String publicUrl) {
        this.sender = sender;
        this.sentMails = sentMails;
        this.templates = templates;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** Whether the message of that key was handed to the mail server already (so it will not be sent again). */
    public boolean sentBefore(String key) {
        return sentMails.contains(key);
    }

    /** Returns false when this message was sent before. */
    public boolean send(Mail mail) {
        if (sentBefore(mail.key())) {
            log.info("Mail {} was sent before, not sending again", loggable(mail.key()));
            return false;
        }
        Map<String, Object> model = new HashMap<>(mail.model());
        model.put("publicUrl", publicUrl);
        model.put("tasklistUrl", publicUrl + "/camunda/app/tasklist/");
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(templates.text(mail.template(), model), templates.html(mail.template(), model));
            sender.send(message);
        } catch (MessagingException | MailException e) {
            // the causes quote addresses (teachers' personal data): the incident and the log name the message key only
            throw new MailSendException("Mail " + loggable(mail.key()) + " could not be sent (" + e.getClass().getSimpleName() + ")");
        }
        sentMails.record(mail.schoolId(), mail.key());
        log.info("Mail {} sent", loggable(mail.key()));
        return true;
    }

    /**
     * A mail key as the log may show it: logins are e-mail addresses (accounts made for bank people and directors), and
     * keys name the login, so each address is replaced by a short digest of it, still telling two people apart.
     */
    static String loggable(String key) {
        return EMAIL.matcher(key).replaceAll(address -> "user-" + Integer.toHexString(address.group().hashCode()));
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^:@\\s]+@[^:\\s]+");
}
