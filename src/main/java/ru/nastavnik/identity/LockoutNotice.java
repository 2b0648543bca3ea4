package ru.nastavnik.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.notify.Mail;
import ru.nastavnik.notify.Mailer;

/**
 * Tells the locked-out person and every administrator with an address (group camunda-admin), in Russian, once per
 * lockout. Sent from a thread of its own after the failed login is committed, so a slow or absent mail server never
 * delays or breaks a login; a failed letter is tried again after 1 and 5 minutes (not across a restart).
 * Mail keys and logs carry a digest of the login, never the login or an address.
 */
@Component
class LockoutNotice {

    private static final Logger log = LoggerFactory.getLogger(LockoutNotice.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd.MM.yyyy");
    private static final long[] RETRY_MINUTES = {1, 5};

    private final IdentityService identity;
    private final Mailer mailer;
    private final Clock clock;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lockout-notice");
        thread.setDaemon(true);
        return thread;
    });

    LockoutNotice(IdentityService identity, Mailer mailer, Clock clock) {
        this.identity = identity;
        this.mailer = mailer;
        this.clock = clock;
    }

    void lockedOut(String userId, Instant until) {
        sender.execute(() -> send(userId, until, 0));
    }

    private void send(String userId, Instant until, int retry) {
        try {
            for (Mail mail : letters(userId, until)) {
                mailer.send(mail);
            }
        } catch (RuntimeException e) {
            if (retry < RETRY_MINUTES.length) {
                log.warn("Lockout notice {} not sent ({}), trying again in {} min", digest(userId), e.getClass().getSimpleName(),
                        RETRY_MINUTES[retry]);
                sender.schedule(() -> send(userId, until, retry + 1), RETRY_MINUTES[retry], TimeUnit.MINUTES);
            } else {
                log.error("Lockout notice {} not sent ({}), given up", digest(userId), e.getClass().getSimpleName());
            }
        }
    }

    private List<Mail> letters(String userId, Instant until) {
        User person = identity.createUserQuery().userId(userId).singleResult();
        if (person == null) {
            return List.of();
        }
        String untilText = TIME.format(until.atZone(clock.getZone()));
        String key = "lockout:" + digest(userId) + ":" + until.toEpochMilli() + ":";
        Map<String, Mail> letters = new LinkedHashMap<>();
        if (hasAddress(person)) {
            letters.put(person.getId(), new Mail(key + digest(person.getId()), person.getEmail(), "Вход в «Наставник» временно закрыт",
                    "login-locked", Map.of("name", String.valueOf(person.getFirstName()), "until", untilText)));
        }
        for (User admin : identity.createUserQuery().memberOfGroup(Role.ADMINISTRATOR.groupId()).list()) {
            if (hasAddress(admin) && !letters.containsKey(admin.getId())) {
                letters.put(admin.getId(), new Mail(key + digest(admin.getId()), admin.getEmail(),
                        "Учётная запись временно заблокирована после неверных паролей", "login-locked-admin", Map.of(
                                "name", String.valueOf(admin.getFirstName()),
                                "login", person.getId(),
                                "person", (String.valueOf(person.getLastName()) + " " + String.valueOf(person.getFirstName())).strip(),
                                "until", untilText)));
            }
        }
        return List.copyOf(letters.values());
    }

    private static boolean hasAddress(User user) {
        return user.getEmail() != null && !user.getEmail().isBlank();
    }

    /** A short digest of a login: a key that names the letter for good without naming the person. */
    static String digest(String userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
