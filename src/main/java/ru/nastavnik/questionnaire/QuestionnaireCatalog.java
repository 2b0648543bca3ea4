package ru.nastavnik.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.questionnaire.QuestionnaireResults.Kind;
import ru.nastavnik.questionnaire.QuestionnaireResults.Respondent;

/**
 * The questionnaires in force, read once at start: the jar's files, then the external folder's, a file there replacing
 * the jar's questionnaire of the same id. Every kind and role must have exactly one; each version is stored by its hash.
 */
@Component
class QuestionnaireCatalog {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireCatalog.class);

    private final Map<String, QuestionnaireVersion> byId = new LinkedHashMap<>();

    QuestionnaireCatalog(QuestionnaireSettings settings, QuestionnaireVersions versions) {
        List<QuestionnaireFiles.File> files = new ArrayList<>(QuestionnaireFiles.inJar());
        settings.directory().ifPresent(folder -> files.addAll(QuestionnaireFiles.in(folder)));
        for (QuestionnaireFiles.File file : files) {
            QuestionnaireVersion version = QuestionnaireVersion.of(file.name(), file.content());
            byId.put(version.questionnaire().id(), version);
        }
        checkEveryoneIsAskedOnce();
        for (QuestionnaireVersion version : byId.values()) {
            versions.keep(version);
            log.info("Questionnaire {} in force: version {}", version.questionnaire().id(), version.hash().substring(0, 12));
        }
    }

    /** The version a person of that role is sent in a round of that kind. */
    QuestionnaireVersion current(Kind kind, Respondent role) {
        return byId.values().stream().filter(version -> version.questionnaire().isFor(kind, role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No questionnaire for " + kind + " " + role));
    }

    private void checkEveryoneIsAskedOnce() {
        List<String> problems = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Respondent role : Respondent.values()) {
                List<String> ids = byId.values().stream().filter(v -> v.questionnaire().isFor(kind, role))
                        .map(v -> v.questionnaire().id()).toList();
                if (ids.size() != 1) {
                    problems.add(kind + " для " + role + ": " + (ids.isEmpty() ? "нет анкеты" : "несколько анкет " + ids));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Анкеты не согласованы (у каждого вида и роли должна быть ровно одна): "
                    + String.join("; ", problems) + ".");
        }
    }
}
