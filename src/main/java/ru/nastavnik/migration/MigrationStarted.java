package ru.nastavnik.migration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A migration handed to the engine as a batch: its id in Cockpit («Пакеты»), and the plan it follows. */
record MigrationStarted(
        @JsonProperty("пакет") String batchId,
        @JsonProperty("переносится") int moving,
        @JsonProperty("cockpit") String cockpitPath,
        @JsonProperty("план") MigrationPreview plan) {
}
