package ru.nastavnik.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;

/** Valid submissions of the stage 1 forms, as Tasklist posts them; tests change one field to break one rule. */
public final class Stage1Forms {

    private Stage1Forms() {
    }

    public static Map<String, Object> programmeStart(String schoolName) {
        return mutable(Map.of(
                "schoolName", schoolName,
                "schoolYear", "2026/2027",
                "programmeStartDate", "2026-09-01"));
    }

    public static Map<String, Object> appointCurator(String curator) {
        return mutable(Map.of("curator", curator, "workingGroup", "Куратор и руководители МО"));
    }

    public static Map<String, Object> informParticipants() {
        return mutable(Map.of(
                "letterSubject", "О подготовке программы наставничества",
                "letterText", "Уважаемые коллеги! Начинаем программу наставничества.",
                "informationChannels", json("teachersCouncil", "schoolSite")));
    }

    public static Map<String, Object> defineGoals() {
        return mutable(Map.of(
                "programmeGoal", "Профессиональное становление молодых педагогов",
                "programmeObjectives", "Адаптация, развитие компетенций",
                "mentoringForms", json("teacherTeacher", "group"),
                "expectedResults", "Все молодые специалисты в парах"));
    }

    public static Map<String, Object> approveRegulations(LocalDate today) {
        return mutable(Map.of(
                "councilProtocolNumber", "3",
                "councilDate", today.minusDays(7).toString(),
                "regulationsApprovalDate", today.minusDays(1).toString()));
    }

    public static Map<String, Object> defineRewards() {
        return mutable(Map.of("rewardForms", json("letterOfThanks", "bestMentorTitle")));
    }

    public static Map<String, Object> createSitePage() {
        return mutable(Map.of("sitePageUrl", "https://school1.example/nastavnichestvo", "sitePagePublishedDate", "2026-09-10"));
    }

    public static Map<String, Object> defineMonitoring() {
        return mutable(Map.of(
                "needsAnalysisMethods", json("survey"),
                "feedbackForms", json("questionnaire"),
                "reportingForms", json("mentorReport"),
                "programmeIndicators", "Доля молодых специалистов в программе — 100 %"));
    }

    public static Object json(String... values) {
        return SpinValues.jsonValue(toJsonArray(List.of(values))).create();
    }

    private static String toJsonArray(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    private static Map<String, Object> mutable(Map<String, Object> values) {
        return new HashMap<>(values);
    }
}
