package ru.nastavnik.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the Russian Tasklist locale and its registration against the Camunda webjar on the classpath.
 *
 * <p>The project's own files sit at the same classpath location as the webjar's files
 * ({@code META-INF/resources/webjars/camunda/...}), so every resource is picked explicitly: the English
 * original from inside {@code camunda-webapp-webjar}, our overrides from the project's output directory.
 */
class TasklistLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final String EN_JSON = APP + "tasklist/locales/en.json";
    private static final String RU_JSON = APP + "tasklist/locales/ru.json";
    private static final String CONFIG_JS = APP + "tasklist/scripts/config.js";
    private static final String USER_STYLES_CSS = APP + "tasklist/styles/user-styles.css";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
    private static final Pattern AVAILABLE_LOCALES = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]");
    private static final Pattern FALLBACK_LOCALE = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]*)['\"]");

    private final ObjectMapper objectMapper = new ObjectMapper();

    @Test
    void russianLocaleCoversEveryEnglishKey() {
        Set<String> englishKeys = flatten(englishLocale()).keySet();
        Set<String> russianKeys = flatten(russianLocale()).keySet();

        Set<String> missing = difference(englishKeys, russianKeys);
        Set<String> extra = difference(russianKeys, englishKeys);
        assertThat(russianKeys)
                .withFailMessage("ru.json must have exactly the keys of the shipped en.json%n"
                        + "missing in ru.json: %s%nnot in en.json: %s", missing, extra)
                .isEqualTo(englishKeys);
    }

    @Test
    void russianValuesAreEmptyOnlyWhereEnglishOnesAre() {
        Map<String, String> english = flatten(englishLocale());
        Map<String, String> russian = flatten(russianLocale());

        List<String> emptyTranslations = new ArrayList<>();
        english.forEach((key, englishValue) -> {
            String russianValue = russian.get(key);
            if (russianValue != null && russianValue.isBlank() && !englishValue.isBlank()) {
                emptyTranslations.add(key);
            }
        });
        assertThat(emptyTranslations).as("keys translated with an empty value").isEmpty();
    }

    @Test
    void russianValuesKeepEveryEnglishPlaceholder() {
        Map<String, String> english = flatten(englishLocale());
        Map<String, String> russian = flatten(russianLocale());

        List<String> lostPlaceholders = new ArrayList<>();
        english.forEach((key, englishValue) -> {
            String russianValue = russian.getOrDefault(key, "");
            Matcher placeholder = PLACEHOLDER.matcher(englishValue);
            while (placeholder.find()) {
                if (!russianValue.contains(placeholder.group())) {
                    lostPlaceholders.add(key + " lacks " + placeholder.group() + ": \"" + russianValue + "\"");
                }
            }
        });
        assertThat(lostPlaceholders).as("placeholders missing from ru.json").isEmpty();
    }

    @Test
    void tasklistConfigurationOffersRussianAndFallsBackToIt() {
        String config = stripComments(read(projectResource(CONFIG_JS)));

        Matcher available = AVAILABLE_LOCALES.matcher(config);
        assertThat(available.find()).as("config.js declares locales.availableLocales").isTrue();
        List<String> availableLocales = quotedValues(available.group(1));
        Matcher fallback = FALLBACK_LOCALE.matcher(config);
        assertThat(fallback.find()).as("config.js declares locales.fallbackLocale").isTrue();

        assertThat(availableLocales).as("available locales").contains("ru");
        assertThat(fallback.group(1)).as("fallback locale").isEqualTo("ru");
        // Tasklist uses the browser language whenever it is available, so English must not be,
        // or users with an English browser would not get Russian.
        assertThat(availableLocales).as("available locales").doesNotContain("en");
    }

    @Test
    void projectFilesShadowTheShippedWebjarFiles() {
        // Spring serves the first match on the classpath, which must be ours, not the webjar's.
        for (String path : List.of(CONFIG_JS, USER_STYLES_CSS, RU_JSON)) {
            URL first = getClass().getClassLoader().getResource(path);
            assertThat(first).as(path).isNotNull();
            assertThat(first.toString()).as("first classpath match for " + path).isEqualTo(
                    projectResource(path).toString());
        }
    }

    @Test
    void tasklistStylesHideTheCommunityEditionBanner() {
        String styles = stripComments(read(projectResource(USER_STYLES_CSS)));

        assertThat(styles).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    private JsonNode englishLocale() {
        return readJson(webjarResource(EN_JSON));
    }

    private JsonNode russianLocale() {
        return readJson(projectResource(RU_JSON));
    }

    private JsonNode readJson(URL url) {
        // Jackson reads from bytes and skips the UTF-8 byte order mark the shipped en.json starts with.
        try (InputStream in = url.openStream()) {
            return objectMapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    /** Leaf values by path, e.g. {@code labels.CLAIM_TASK} or {@code dateLocales.months[0]}. */
    private static Map<String, String> flatten(JsonNode root) {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten("", root, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> result = new LinkedHashSet<>(from);
        result.removeAll(without);
        return result;
    }

    private URL webjarResource(String path) {
        return resource(path, url -> url.toString().contains("camunda-webapp-webjar"), "camunda-webapp-webjar");
    }

    private URL projectResource(String path) {
        // The project's resources are a directory on the test classpath; the webjar is a jar.
        return resource(path, url -> "file".equals(url.getProtocol()), "the project's resources");
    }

    private URL resource(String path, Predicate<URL> origin, String originName) {
        try {
            List<URL> candidates = Collections.list(getClass().getClassLoader().getResources(path));
            return candidates.stream()
                    .filter(origin)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            path + " not found in " + originName + "; classpath has " + candidates));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    private static String stripComments(String source) {
        return LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll("")).replaceAll("");
    }

    private static List<String> quotedValues(String list) {
        List<String> values = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(list);
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        return values;
    }
}
