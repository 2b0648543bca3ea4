package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private final PasswordRules rules = PasswordRules.strict();

    @Test
    void refusesAShortPassword() {
        assertThat(rules.problems("1", ivanova())).contains("короче 10 символов");
        assertThat(rules.problems("k3v!Lp0-9x", ivanova())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivanova2026!", "Ivanova-Secret-7", "my-Марина-pass77", "xx-Иванова-xx-9", "m.ivanova-school9"})
    void refusesAPasswordWithTheLoginTheNamesOrTheAddress(String password) {
        assertThat(rules.problems(password, ivanova())).contains("содержит логин, имя, фамилию или адрес почты");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123", "1234567890", "1q2w3e4r5t", "йцукенгшщз", "пароль12345", "Password2026!", "gfhjkm12345",
            "qwertyuiop", "nastavnik2026", "Школа!2026!"})
    void refusesWellKnownPasswordsAndWellKnownWordsWithDigits(String password) {
        assertThat(rules.problems(password, ivanova())).contains("из списка распространённых паролей");
    }

    @Test
    void theDemoPeopleKeepTheirReadmePasswordAndOnlyThey() {
        PasswordRules demo = new PasswordRules(Set.of("director"));
        assertThat(demo.problems("director", new UserEntity("director"))).isEmpty();
        assertThat(demo.problems("director1", new UserEntity("director"))).isNotEmpty();
        assertThat(demo.problems("curator", new UserEntity("curator"))).isNotEmpty();
        assertThat(rules.problems("director", new UserEntity("director"))).isNotEmpty();
    }

    @Test
    void adminShowsEachRuleAsARussianRequirement() {
        assertThat(rules.getRules()).extracting(rule -> rule.getPlaceholder())
                .containsExactly(PasswordRules.LENGTH, PasswordRules.PERSONAL, PasswordRules.WELL_KNOWN);
        assertThat(rules.getRules().get(0).execute("short")).isFalse();
        assertThat(rules.getRules().get(0).execute("long-enough-9")).isTrue();
    }

    private static User ivanova() {
        User user = new UserEntity("ivanova");
        user.setFirstName("Марина");
        user.setLastName("Иванова");
        user.setEmail("m.ivanova@school.example");
        return user;
    }
}
