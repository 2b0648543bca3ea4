package ru.nastavnik.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.FormsWithRules;

/**
 * The domain rules of each form, bound at start: every {@link FormRule} names a form of forms/, or the application
 * does not start (a renamed form would otherwise switch its rule off without a word). The model rules read which forms
 * have rules, so a step using one without the form check is refused.
 */
@Component
class FormRuleIndex implements FormsWithRules {

    private static final String FORMS = "classpath*:forms/*.form";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<FormRule>> rulesByForm;

    FormRuleIndex(List<FormRule> rules) throws IOException {
        Set<String> formIds = formIds();
        List<String> unbound = rules.stream().filter(rule -> !formIds.contains(rule.formId()))
                .map(rule -> rule.getClass().getSimpleName() + " checks form \"" + rule.formId() + "\"").toList();
        if (!unbound.isEmpty()) {
            throw new IllegalStateException("Form rules without their form in forms/ (a form renamed without its rule?): "
                    + String.join(", ", unbound));
        }
        this.rulesByForm = rules.stream().collect(Collectors.groupingBy(FormRule::formId));
    }

    List<FormRule> rulesOf(String formId) {
        return rulesByForm.getOrDefault(formId, List.of());
    }

    @Override
    public boolean hasRules(String formId) {
        return rulesByForm.containsKey(formId);
    }

    private static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
            try (InputStream content = form.getInputStream()) {
                ids.add(JSON.readTree(content).path("id").asText());
            }
        }
        return ids;
    }
}
