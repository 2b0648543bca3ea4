package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year such as 2026/2027: from 1 August to 31 July; a programme starts by 31 May. */
public record SchoolYear(int firstYear) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})/(\\d{4})$");

    public static Optional<SchoolYear> parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        return Integer.parseInt(matcher.group(2)) == first + 1 ? Optional.of(new SchoolYear(first)) : Optional.empty();
    }

    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(firstYear, 8, 1);
    }

    public LocalDate lastStartDay() {
        return LocalDate.of(firstYear + 1, 5, 31);
    }

    public LocalDate firstOfSeptember() {
        return LocalDate.of(firstYear, 9, 1);
    }

    @Override
    public String toString() {
        return firstYear + "/" + (firstYear + 1);
    }
}
