package ru.nastavnik.programme;

import java.util.Arrays;

/** The forms of mentoring of the school's regulations (seed 001); the codes are the values of the forms' lists. */
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

    /** The title of a code; the code itself when unknown. */
    public static String titleOf(String code) {
        return Arrays.stream(values()).filter(form -> form.code.equals(code)).map(MentoringForm::title).findFirst().orElse(code);
    }
}
