package ru.nastavnik.pair;

/** The two sides of a pair, as the records name them. */
enum PersonKind {
    MENTOR,
    MENTEE
}
