package ru.nastavnik.questionnaire;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal link: 256 random bits, URL-safe. Only its SHA-256 is stored, so the database alone opens no
 * questionnaire; anything not shaped like a token is refused before the database is asked.
 */
final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private LinkTokens() {
    }

    static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Optional<String> hashOf(String token) {
        return token != null && SHAPE.matcher(token).matches() ? Optional.of(QuestionnaireVersion.sha256(token)) : Optional.empty();
    }
}
