package ru.nastavnik.migration;

import java.util.List;
import java.util.Map;

/**
 * What to move: either the two process definition ids, or a process key with the source version (the target defaults
 * to the newest version). mappings names a step whose id changed (old id to new id); equal ids are mapped anyway.
 * processInstanceIds narrows the move to those instances; all instances of the source version otherwise.
 */
record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, String processKey, Integer sourceVersion,
                        Integer targetVersion, Map<String, String> mappings, List<String> processInstanceIds) {

    Map<String, String> mappingsOrNone() {
        return mappings == null ? Map.of() : mappings;
    }
}
