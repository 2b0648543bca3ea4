package ru.nastavnik.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One exact content of a questionnaire file, named by its SHA-256: what an invitation asks and its answers refer to. */
record QuestionnaireVersion(String hash, String content, Questionnaire questionnaire) {

    static QuestionnaireVersion of(String file, String content) {
        return new QuestionnaireVersion(sha256(content), content, QuestionnaireReader.read(file, content));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
