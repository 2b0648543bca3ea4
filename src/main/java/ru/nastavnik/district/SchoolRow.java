package ru.nastavnik.district;

/** A school to add, as a district administrator typed it or a row of their list says; the director is optional. */
record SchoolRow(int rowNumber, String fullName, String shortName, RussianTimeZone timeZone, String directorName,
                 String directorEmail) {

    boolean hasDirector() {
        return directorEmail != null && !directorEmail.isBlank();
    }
}
