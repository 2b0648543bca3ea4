package ru.nastavnik.registry;

/** A mentor proposed for a mentee, with the reasons in Russian, as the curator reads them. */
public record MentorSuggestion(String mentorId, String fullName, int score, String explanation) {
}
