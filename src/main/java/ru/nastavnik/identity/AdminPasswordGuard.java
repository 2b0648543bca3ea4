package ru.nastavnik.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the application refuses to start, before the engine creates any account,
 * while the administrator's password is missing, short, a well-known default or against the {@link PasswordRules}.
 */
@Component
@Profile("!demo")
class AdminPasswordGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final int MINIMUM_LENGTH = 12;
    private static final Set<String> KNOWN_DEFAULTS = Set.of(
            "admin", "administrator", "demo", "camunda", "password", "passw0rd", "changeme", "change-me",
            "secret", "nastavnik", "123456", "12345678", "123456789012", "qwerty", "qwertyuiop", "letmein");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String user = environment.getProperty("camunda.bpm.admin-user.id", "");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        String problem = weakness(user, password);
        if (problem != null) {
            throw new IllegalStateException("Refusing to start: the administrator password (ADMIN_PASSWORD) " + problem
                    + ". Set ADMIN_PASSWORD to a secret of at least " + MINIMUM_LENGTH + " characters.");
        }
    }

    static String weakness(String user, String password) {
        if (password == null || password.isBlank()) {
            return "is not set";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (KNOWN_DEFAULTS.contains(lower) || lower.equals(user.toLowerCase(Locale.ROOT))) {
            return "is a well-known default";
        }
        if (password.length() < MINIMUM_LENGTH) {
            return "is shorter than " + MINIMUM_LENGTH + " characters";
        }
        User admin = new UserEntity(user);
        List<String> problems = PasswordRules.strict().problems(password, admin);
        if (!problems.isEmpty()) {
            return "breaks the password policy (" + String.join(", ", problems) + ")";
        }
        return null;
    }
}
