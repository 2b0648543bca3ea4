package ru.nastavnik.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server in-process (GreenMail) on a free loopback port, one per JVM; tests empty it before use. */
public final class TestMailServer {

    private static GreenMail server;
    private static boolean stopped;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
        } else if (!server.isRunning() && !stopped) {
            start(port);
        }
        return server;
    }

    /** The mail server goes down (a fault test): connections to its port are refused until {@link #restart()}. */
    public static synchronized void stop() {
        get().stop();
        stopped = true;
    }

    /** Back on the same port, where the application was told to find it, with an empty mailbox. */
    public static synchronized void restart() {
        if (!stopped) {
            return;
        }
        stopped = false;
        start(port);
    }

    private static void start(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized int port() {
        get();
        return port;
    }

    public static void purge() {
        try {
            get().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the test mail server", e);
        }
    }

    public static List<MimeMessage> received() {
        return Arrays.asList(get().getReceivedMessages());
    }

    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> recipients(message).contains(address)).toList();
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every text part (plain and HTML), to search as the reader would see it. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return (String) part.getContent();
            }
            StringBuilder text = new StringBuilder();
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i))).append('\n');
                }
            }
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String html(Part part) {
        try {
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String html = html(multipart.getBodyPart(i));
                    if (html != null) {
                        return html;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
