package ru.nastavnik.common;

import java.util.regex.Pattern;

/**
 * A text cell of an export must never run as a formula when a spreadsheet opens it (OWASP «CSV Injection»): a value
 * starting with «=», «+», «-», «@», a tab or a carriage return is marked as text. Plain numbers («-3», «12,5») stay numbers.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could take the value for a formula. */
    public static boolean startsLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(value).matches();
    }

    /** The value for a CSV cell: prefixed with «'» when it starts like a formula, as OWASP advises. */
    public static String neutralised(String value) {
        return startsLikeFormula(value) ? "'" + value : value == null ? "" : value;
    }
}
