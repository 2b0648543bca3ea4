package ru.nastavnik.pair;

/** The five kinds of meetings of a pair (002, item 2.6), with the names people use. */
enum MeetingKind {

    ACQUAINTANCE("Встреча-знакомство"),
    TRIAL("Пробная встреча"),
    PLANNING("Встреча-планирование"),
    JOINT_WORK("Встреча совместной работы"),
    FINAL("Итоговая встреча");

    private final String title;

    MeetingKind(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
