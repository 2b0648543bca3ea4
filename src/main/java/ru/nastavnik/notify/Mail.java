package ru.nastavnik.notify;

import java.util.Map;

/**
 * One message to one person. The key names the message for good (for example the letter and its recipient),
 * so a retried job never sends it twice.
 */
public record Mail(String key, String to, String subject, String template, Map<String, Object> model) { }
