package ru.nastavnik.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the Russian locale of the Camunda Welcome page ({@code /camunda/app/welcome/}) and its registration,
 * the same way {@link TasklistLocaleTest} checks Tasklist's.
 */
class WelcomeLocaleTest {

    private final CamundaAppLocale welcome = CamundaAppLocale.of("welcome");
    private final CamundaAppLocale tasklist = CamundaAppLocale.of("tasklist");

    @Test
    void russianLocaleCoversEveryEnglishKey() {
        welcome.assertRussianCoversEveryEnglishKey();
    }

    @Test
    void russianValuesAreEmptyOnlyWhereEnglishOnesAre() {
        welcome.assertRussianValuesAreEmptyOnlyWhereEnglishOnesAre();
    }

    @Test
    void russianValuesKeepEveryEnglishPlaceholder() {
        welcome.assertRussianKeepsEveryEnglishPlaceholder();
    }

    @Test
    void russianValuesKeepEveryEnglishHtmlTag() {
        welcome.assertRussianKeepsEveryEnglishHtmlTag();
    }

    @Test
    void welcomeConfigurationOffersRussianAndFallsBackToIt() {
        welcome.assertConfigurationOffersRussianAndFallsBackToIt();
    }

    @Test
    void projectFilesShadowTheShippedWebjarFiles() {
        welcome.assertProjectFilesShadowTheShippedWebjarFiles();
    }

    @Test
    void welcomeStylesHideTheCommunityEditionBanner() {
        welcome.assertStylesHideTheCommunityEditionBanner();
    }

    @Test
    void welcomeConfigurationKeepsTheSchoolsLinks() {
        String config = welcome.configuration();

        assertThat(config).contains("links:", "'/registry'", "'/orders'", "'/reports'");
    }

    @Test
    void sharedLabelsReadAsInTasklist() {
        // A label the two apps share word for word in English reads the same in Russian, so the header,
        // login and error messages do not change wording between the Welcome page and Tasklist.
        Map<String, String> welcomeEnglish = welcome.english();
        Map<String, String> welcomeRussian = welcome.russian();
        Map<String, String> tasklistEnglish = tasklist.english();
        Map<String, String> tasklistRussian = tasklist.russian();

        welcomeEnglish.forEach((key, english) -> {
            if (english.equals(tasklistEnglish.get(key))) {
                assertThat(welcomeRussian.get(key)).as(key).isEqualTo(tasklistRussian.get(key));
            }
        });
    }
}
