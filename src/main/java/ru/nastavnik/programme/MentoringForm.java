package ru.nastavnik.programme;

import java.util.Arrays;
import java.util.Locale;

/**
 * The forms of mentoring of the school's regulations on mentoring, written here once: the codes are the values of the
 * forms' lists (forms/define-goals.form lists them too, for Tasklist; MentoringFormsTest keeps it equal), the titles
 * are what pages and orders show.
 */
public enum MentoringForm {

    TEACHER_TEACHER("teacherTeacher", "Педагог — педагог"),
    LEADER_TEACHER("leaderTeacher", "Руководитель — педагог"),
    TUTOR_TEACHER("tutorTeacher", "Тьютор — педагог"),
    GROUP("group", "Групповое (веерное)"),
    REVERSE("reverse", "Реверсивное"),
    PEER("peer", "«Равный — равному»"),
    VIRTUAL("virtual", "Виртуальное (дистанционное)"),
    FLASH("flash", "Флеш-наставничество");

    private final String code;
    private final String title;

    MentoringForm(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(form -> form.code.equals(code));
    }

    /** The title in the middle of a sentence («педагог — педагог»); the code itself when unknown. */
    public static String inText(String code) {
        return isKnown(code) ? titleOf(code).toLowerCase(Locale.forLanguageTag("ru")) : code;
    }

    /** The title of a code; the code itself when unknown. */
    public static String titleOf(String code) {
        return Arrays.stream(values()).filter(form -> form.code.equals(code)).map(MentoringForm::title).findFirst().orElse(code);
    }
}
