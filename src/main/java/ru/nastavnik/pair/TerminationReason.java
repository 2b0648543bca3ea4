package ru.nastavnik.pair;

/** Why a pair ends before its term, as the order states it. */
public enum TerminationReason {

    OBLIGATIONS_NOT_FULFILLED("неисполнение наставляемым обязанностей, предусмотренных Положением о наставничестве"),
    BY_AGREEMENT("по соглашению сторон"),
    OTHER("иная причина");

    private final String wording;

    TerminationReason(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }
}
