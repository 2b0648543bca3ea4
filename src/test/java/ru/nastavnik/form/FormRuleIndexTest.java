package ru.nastavnik.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A form rule is bound to a form of forms/ at start: a renamed form stops the application instead of its rule. */
class FormRuleIndexTest {

    @Test
    void aRuleOfAFormInFormsIsFoundByThatForm() throws IOException {
        FormRule signing = rule("sign-order");

        FormRuleIndex index = new FormRuleIndex(List.of(signing));

        assertThat(index.rulesOf("sign-order")).containsExactly(signing);
        assertThat(index.hasRules("sign-order")).isTrue();
        assertThat(index.hasRules("rework-order")).isFalse();
    }

    @Test
    void aRuleWhoseFormWasRenamedStopsTheStart() {
        assertThatThrownBy(() -> new FormRuleIndex(List.of(rule("sign-order"), rule("signing-order"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("checks form \"signing-order\"")
                .hasMessageNotContaining("\"sign-order\"");
    }

    private static FormRule rule(String formId) {
        return new FormRule() {
            @Override
            public String formId() {
                return formId;
            }

            @Override
            public List<String> check(FormValues values) {
                return List.of();
            }
        };
    }
}
