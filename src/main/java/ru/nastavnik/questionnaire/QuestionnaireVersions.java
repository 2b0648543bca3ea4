package ru.nastavnik.questionnaire;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every version of every questionnaire ever used (nst_questionnaire_version), read back by hash and kept in memory. */
@Repository
class QuestionnaireVersions {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, QuestionnaireVersion> read = new ConcurrentHashMap<>();

    QuestionnaireVersions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the version unless it is stored already (by this node or another starting at the same time). */
    void keep(QuestionnaireVersion version) {
        Integer known = jdbc.queryForObject("select count(*) from nst_questionnaire_version where hash = ?", Integer.class, version.hash());
        if (known == null || known == 0) {
            try {
                jdbc.update("insert into nst_questionnaire_version (hash, questionnaire_id, title, definition, loaded_at) values (?, ?, ?, ?, ?)",
                        version.hash(), version.questionnaire().id(), version.questionnaire().title(), version.content(), LocalDateTime.now(clock));
            } catch (DuplicateKeyException storedMeanwhile) {
                // another node stored the same content first: the same version
            }
        }
        read.put(version.hash(), version);
    }

    QuestionnaireVersion get(String hash) {
        return read.computeIfAbsent(hash, key -> {
            String content = jdbc.queryForObject("select definition from nst_questionnaire_version where hash = ?", String.class, key);
            return QuestionnaireVersion.of("версия " + key, content);
        });
    }
}
