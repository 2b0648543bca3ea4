package ru.nastavnik.identity;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;

import ru.nastavnik.common.Refused;

/**
 * Nastavnik's password policy, the engine's for every door (Admin, the REST API, Java): at least 10 characters, nothing
 * of the person's login, names or e-mail in it, not a well-known password (nor one followed by digits or signs).
 * Admin shows each rule's placeholder as it is, so the placeholders are the Russian requirements themselves.
 * When a user is being saved, a password that breaks a rule is refused with every unmet requirement in Russian
 * (a {@link Refused}, a 400 from the REST API), instead of the engine's English «Password does not match policy».
 * The demo profile's people may keep their README password (= the login), and only they ({@code demoLogins}).
 */
public final class PasswordRules implements PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;
    static final String LENGTH = "Не короче " + MINIMUM_LENGTH + " символов";
    static final String PERSONAL = "Без логина, имени, фамилии и адреса почты";
    public static final String RULES = "Нужен пароль не короче " + MINIMUM_LENGTH + " символов, без логина, имени, "
            + "фамилии и адреса почты и не из распространённых (qwerty123, пароль, 1q2w3e4r и т. п.).";
    static final String WELL_KNOWN = "Не из списка распространённых паролей (qwerty123, пароль, 1q2w3e4r…)";

    private static final Set<String> WELL_KNOWN_PASSWORDS = load("identity/well-known-passwords.txt");

    private final Set<String> demoLogins;
    private final List<PasswordPolicyRule> rules;

    PasswordRules(Set<String> demoLogins) {
        this.demoLogins = Set.copyOf(demoLogins);
        this.rules = List.of(
                new Rule(LENGTH, "короче " + MINIMUM_LENGTH + " символов",
                        (password, user) -> password.codePointCount(0, password.length()) >= MINIMUM_LENGTH),
                new Rule(PERSONAL, "содержит логин, имя, фамилию или адрес почты",
                        (password, user) -> personalParts(user).noneMatch(normalized(password)::contains)),
                new Rule(WELL_KNOWN, "из списка распространённых паролей", (password, user) -> !wellKnown(password)));
    }

    /** The policy without demo exceptions, as production has it. */
    static PasswordRules strict() {
        return new PasswordRules(Set.of());
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    /** What is wrong with the password, in Russian («короче 10 символов»); empty when it meets every rule. */
    List<String> problems(String password, User user) {
        List<String> problems = new ArrayList<>();
        for (PasswordPolicyRule rule : rules) {
            if (!((Rule) rule).met(password, user)) {
                problems.add(((Rule) rule).problem);
            }
        }
        return problems;
    }

    private boolean exempt(String password, User user) {
        return user != null && demoLogins.contains(user.getId()) && password.equals(user.getId());
    }

    static boolean wellKnown(String password) {
        String text = normalized(password);
        String core = text.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        return WELL_KNOWN_PASSWORDS.contains(text) || core.length() >= 4 && WELL_KNOWN_PASSWORDS.contains(core);
    }

    /** The login, the names and the e-mail's local part, each of three letters or more (a two-letter name would ban too much). */
    private static Stream<String> personalParts(User user) {
        if (user == null) {
            return Stream.empty();
        }
        String email = user.getEmail() == null ? null : user.getEmail().replaceAll("@.*$", "");
        return Stream.of(user.getId(), user.getFirstName(), user.getLastName(), email)
                .filter(Objects::nonNull)
                .flatMap(part -> Stream.concat(Stream.of(part), Stream.of(part.split("[\\s.\\-_]+"))))
                .map(PasswordRules::normalized)
                .filter(part -> part.length() >= 3)
                .distinct();
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordRules::normalized)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the engine is saving a user now (not Admin asking how good a typed password is). */
    private static boolean savingAUser() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation != null && invocation.getCommand() instanceof SaveUserCmd;
    }

    private final class Rule implements PasswordPolicyRule {

        private final String placeholder;
        private final String problem;
        private final BiPredicate<String, User> check;

        Rule(String placeholder, String problem, BiPredicate<String, User> check) {
            this.placeholder = placeholder;
            this.problem = problem;
            this.check = check;
        }

        boolean met(String password, User user) {
            return password != null && (exempt(password, user) || check.test(password, user));
        }

        @Override
        public String getPlaceholder() {
            return placeholder;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String password) {
            return execute(password, null);
        }

        @Override
        public boolean execute(String password, User user) {
            boolean met = met(password, user);
            if (!met && savingAUser()) {
                throw new Refused(INVALID, "Пароль не принят: он " + String.join(", ", problems(password, user)) + ". " + RULES
                        + " Ничего не сохранено.");
            }
            return met;
        }
    }
}
