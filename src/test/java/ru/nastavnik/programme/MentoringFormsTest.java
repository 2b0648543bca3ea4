package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The forms of mentoring are written once, in {@link MentoringForm}; the goals form's checklist must list the same. */
class MentoringFormsTest {

    @Test
    void theGoalsFormListsEveryFormOfMentoringByItsCodeAndTitle() throws IOException {
        JsonNode form = new ObjectMapper().readTree(new File("forms/define-goals.form"));
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode field : form.path("components")) {
            if ("mentoringForms".equals(field.path("key").asText())) {
                field.path("values").forEach(option -> listed.put(option.path("value").asText(), option.path("label").asText()));
            }
        }
        Map<String, String> written = new LinkedHashMap<>();
        Arrays.stream(MentoringForm.values()).forEach(mentoringForm -> written.put(mentoringForm.code(), mentoringForm.title()));
        assertThat(listed).containsExactlyEntriesOf(written);
    }

    @Test
    void anOrderNamesTheFormInTheMiddleOfASentence() {
        assertThat(MentoringForm.inText("teacherTeacher")).isEqualTo("педагог — педагог");
        assertThat(MentoringForm.inText("peer")).isEqualTo("«равный — равному»");
        assertThat(MentoringForm.inText("unknownForm")).isEqualTo("unknownForm");
    }
}
