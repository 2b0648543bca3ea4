package ru.nastavnik.notify;

import java.util.Map;

/**
 * One message to one person, sent for a school (its record of sent mail keeps the school). The key names the message
 * for good (for example the letter and its recipient), so a retried job never sends it twice.
 */
public record Mail(String key, String to, String subject, String template, Map<String, Object> model, String schoolId) {

    /** A letter of the installation itself, of no school (a locked sign-in). */
    public Mail(String key, String to, String subject, String template, Map<String, Object> model) {
        this(key, to, subject, template, model, null);
    }

    /** The same letter, sent for that school. */
    public Mail of(String school) {
        return new Mail(key, to, subject, template, model, school);
    }
}
