package ru.nastavnik.migration;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The plan as the methodologist reads it: which steps map where, which instances move and which stay, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MigrationPreview(
        @JsonProperty("процесс") String processKey,
        @JsonProperty("изВерсии") Version source,
        @JsonProperty("вВерсию") Version target,
        @JsonProperty("соответствия") List<Mapping> mappings,
        @JsonProperty("шагиБезСоответствия") List<Step> unmapped,
        @JsonProperty("экземпляровВсего") int instanceCount,
        @JsonProperty("можноПеренести") List<String> movable,
        @JsonProperty("нельзяПеренести") List<Blocked> blocked) {

    record Version(@JsonProperty("id") String id, @JsonProperty("версия") int version) {
    }

    record Mapping(@JsonProperty("из") String sourceId, @JsonProperty("изНазвание") String sourceName,
                   @JsonProperty("в") String targetId, @JsonProperty("вНазвание") String targetName) {
    }

    record Step(@JsonProperty("шаг") String id, @JsonProperty("название") String name) {
    }

    record Blocked(@JsonProperty("экземпляр") String processInstanceId, @JsonProperty("бизнесКлюч") String businessKey,
                   @JsonProperty("причины") List<String> reasons) {
    }
}
