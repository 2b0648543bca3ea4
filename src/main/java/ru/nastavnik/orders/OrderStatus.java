package ru.nastavnik.orders;

/** Where an order stands; the title is what users read. */
public enum OrderStatus {

    DRAFT("Проект"),
    SIGNED("Подписан"),
    RETURNED("Возвращён на доработку");

    private final String title;

    OrderStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
