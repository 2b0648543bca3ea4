package ru.nastavnik.tasklist;

import org.junit.jupiter.api.Test;

/**
 * Checks the Russian Tasklist locale and its registration against the Camunda webjar on the classpath
 * (see {@link CamundaAppLocale} for how the webjar's and the project's files are told apart).
 */
class TasklistLocaleTest {

    private final CamundaAppLocale tasklist = CamundaAppLocale.of("tasklist");

    @Test
    void russianLocaleCoversEveryEnglishKey() {
        tasklist.assertRussianCoversEveryEnglishKey();
    }

    @Test
    void russianValuesAreEmptyOnlyWhereEnglishOnesAre() {
        tasklist.assertRussianValuesAreEmptyOnlyWhereEnglishOnesAre();
    }

    @Test
    void russianValuesKeepEveryEnglishPlaceholder() {
        tasklist.assertRussianKeepsEveryEnglishPlaceholder();
    }

    @Test
    void russianValuesKeepEveryEnglishHtmlTag() {
        tasklist.assertRussianKeepsEveryEnglishHtmlTag();
    }

    @Test
    void tasklistConfigurationOffersRussianAndFallsBackToIt() {
        tasklist.assertConfigurationOffersRussianAndFallsBackToIt();
    }

    @Test
    void projectFilesShadowTheShippedWebjarFiles() {
        tasklist.assertProjectFilesShadowTheShippedWebjarFiles();
    }

    @Test
    void tasklistStylesHideTheCommunityEditionBanner() {
        tasklist.assertStylesHideTheCommunityEditionBanner();
    }
}
