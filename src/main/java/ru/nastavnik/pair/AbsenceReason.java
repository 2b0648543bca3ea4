package ru.nastavnik.pair;

/** The valid reasons of a long absence that extend the term (001, step 5). */
public enum AbsenceReason {

    SICK_LEAVE("Временная нетрудоспособность"),
    BUSINESS_TRIP("Командировка"),
    OTHER("Иная уважительная причина");

    private final String title;

    AbsenceReason(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
