package ru.nastavnik.orders;

/** An order just issued: its id, the number it got and its title. */
public record IssuedOrder(String id, int number, String title) {
}
