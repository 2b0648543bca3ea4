package ru.nastavnik.registry;

/** Where a mentee is in the programme. */
public enum MenteeStatus {

    WAITING("Ждёт наставника"),
    PROPOSED("Предложен наставнику: ждёт согласий и приказа"),
    IN_PAIR("В паре"),
    COMPLETED("Завершил программу"),
    LEFT("Выбыл");

    private final String title;

    MenteeStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
