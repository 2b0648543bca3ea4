package ru.nastavnik.orders;

/** A draft just issued: its id and its title; it gets its number when the director signs it. */
public record IssuedOrder(String id, String title) {
}
