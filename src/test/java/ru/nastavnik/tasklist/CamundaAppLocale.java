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

/**
 * The Russian locale and configuration of one Camunda web application ({@code tasklist}, {@code welcome}, ...),
 * checked against the Camunda webjar on the classpath.
 *
 * <p>The project's own files sit at the same classpath location as the webjar's files
 * ({@code META-INF/resources/webjars/camunda/app/<app>/...}), so every resource is picked explicitly: the English
 * original from inside {@code camunda-webapp-webjar}, our overrides from the project's output directory.
 */
final class CamundaAppLocale {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    /** Markup such as {@code <a href="...">}; the literal values {@code <null>} and {@code <undefined>} count too. */
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
    private static final Pattern AVAILABLE_LOCALES = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]");
    private static final Pattern FALLBACK_LOCALE = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]*)['\"]");

    private static final ObjectMapper OBJECT_MAPPER = new ObjectMapper();

    final String enJson;
    final String ruJson;
    final String configJs;
    final String userStylesCss;

    private CamundaAppLocale(String app) {
        String dir = "META-INF/resources/webjars/camunda/app/" + app + "/";
        this.enJson = dir + "locales/en.json";
        this.ruJson = dir + "locales/ru.json";
        this.configJs = dir + "scripts/config.js";
        this.userStylesCss = dir + "styles/user-styles.css";
    }

    static CamundaAppLocale of(String app) {
        return new CamundaAppLocale(app);
    }

    void assertRussianCoversEveryEnglishKey() {
        Set<String> englishKeys = english().keySet();
        Set<String> russianKeys = russian().keySet();

        Set<String> missing = difference(englishKeys, russianKeys);
        Set<String> extra = difference(russianKeys, englishKeys);
        assertThat(russianKeys)
                .withFailMessage("%s must have exactly the keys of the shipped en.json%n"
                        + "missing in ru.json: %s%nnot in en.json: %s", ruJson, missing, extra)
                .isEqualTo(englishKeys);
    }

    void assertRussianValuesAreEmptyOnlyWhereEnglishOnesAre() {
        Map<String, String> russian = russian();

        List<String> emptyTranslations = new ArrayList<>();
        english().forEach((key, englishValue) -> {
            String russianValue = russian.get(key);
            if (russianValue != null && russianValue.isBlank() && !englishValue.isBlank()) {
                emptyTranslations.add(key);
            }
        });
        assertThat(emptyTranslations).as("keys of %s translated with an empty value", ruJson).isEmpty();
    }

    void assertRussianKeepsEveryEnglishPlaceholder() {
        assertRussianKeepsEvery(PLACEHOLDER, "placeholders");
    }

    void assertRussianKeepsEveryEnglishHtmlTag() {
        assertRussianKeepsEvery(HTML_TAG, "HTML tags");
    }

    private void assertRussianKeepsEvery(Pattern token, String what) {
        Map<String, String> russian = russian();

        List<String> lost = new ArrayList<>();
        english().forEach((key, englishValue) -> {
            String russianValue = russian.getOrDefault(key, "");
            Matcher found = token.matcher(englishValue);
            while (found.find()) {
                if (!russianValue.contains(found.group())) {
                    lost.add(key + " lacks " + found.group() + ": \"" + russianValue + "\"");
                }
            }
        });
        assertThat(lost).as("%s missing from %s", what, ruJson).isEmpty();
    }

    void assertConfigurationOffersRussianAndFallsBackToIt() {
        String config = stripComments(read(projectResource(configJs)));

        Matcher available = AVAILABLE_LOCALES.matcher(config);
        assertThat(available.find()).as("%s declares locales.availableLocales", configJs).isTrue();
        List<String> availableLocales = quotedValues(available.group(1));
        Matcher fallback = FALLBACK_LOCALE.matcher(config);
        assertThat(fallback.find()).as("%s declares locales.fallbackLocale", configJs).isTrue();

        assertThat(availableLocales).as("available locales").contains("ru");
        assertThat(fallback.group(1)).as("fallback locale").isEqualTo("ru");
        // The webapps use the browser language whenever it is available, so English must not be,
        // or users with an English browser would not get Russian.
        assertThat(availableLocales).as("available locales").doesNotContain("en");
    }

    /** Spring serves the first match on the classpath, which must be ours, not the webjar's. */
    void assertProjectFilesShadowTheShippedWebjarFiles() {
        for (String path : List.of(configJs, userStylesCss, ruJson)) {
            URL first = CamundaAppLocale.class.getClassLoader().getResource(path);
            assertThat(first).as(path).isNotNull();
            assertThat(first.toString()).as("first classpath match for " + path).isEqualTo(
                    projectResource(path).toString());
        }
    }

    void assertStylesHideTheCommunityEditionBanner() {
        String styles = stripComments(read(projectResource(userStylesCss)));

        assertThat(styles).as(userStylesCss).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    /** Source of the project's {@code config.js}, comments removed. */
    String configuration() {
        return stripComments(read(projectResource(configJs)));
    }

    /** Leaf values of the shipped en.json by path, e.g. {@code labels.CLAIM_TASK} or {@code dateLocales.months[0]}. */
    Map<String, String> english() {
        return flatten(readJson(webjarResource(enJson)));
    }

    /** Leaf values of the project's ru.json by path. */
    Map<String, String> russian() {
        return flatten(readJson(projectResource(ruJson)));
    }

    private static JsonNode readJson(URL url) {
        // Jackson reads from bytes and skips the UTF-8 byte order mark the shipped en.json files start with.
        try (InputStream in = url.openStream()) {
            return OBJECT_MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

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

    private static URL webjarResource(String path) {
        return resource(path, url -> url.toString().contains("camunda-webapp-webjar"), "camunda-webapp-webjar");
    }

    private static URL projectResource(String path) {
        // The project's resources are a directory on the test classpath; the webjar is a jar.
        return resource(path, url -> "file".equals(url.getProtocol()), "the project's resources");
    }

    private static URL resource(String path, Predicate<URL> origin, String originName) {
        try {
            List<URL> candidates = Collections.list(CamundaAppLocale.class.getClassLoader().getResources(path));
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
