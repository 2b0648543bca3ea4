package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

import ru.nastavnik.NastavnikApplication;

class AdminPasswordGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "admin", "ADMIN", "demo", "changeme", "camunda", "short-1"})
    void refusesMissingShortAndWellKnownPasswords(String password) {
        assertThat(AdminPasswordGuard.weakness("admin", password)).isNotNull();
    }

    @Test
    void refusesThePasswordThatEqualsTheLogin() {
        assertThat(AdminPasswordGuard.weakness("schooladministrator", "SchoolAdministrator")).isEqualTo("is a well-known default");
    }

    @Test
    void acceptsALongSecret() {
        assertThat(AdminPasswordGuard.weakness("admin", "k3v!Lp0-school-2026")).isNull();
    }

    @Test
    void theProductionProfileDoesNotStartWithTheDefaultAdminPassword() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(NastavnikApplication.class)
                .profiles("postgres")
                .properties("ADMIN_PASSWORD=admin", "server.port=0")
                .run());

        assertThat(failure)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Refusing to start: the administrator password (ADMIN_PASSWORD) is a well-known default. "
                        + "Set ADMIN_PASSWORD to a secret of at least 12 characters.");
    }
}
