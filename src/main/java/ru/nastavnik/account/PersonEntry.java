package ru.nastavnik.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a person typed into a form or a row of a list before an account is made for them: a full name and an
 * e-mail address that can be a login. Problems in Russian, each starting with where it is («» for a form, «Строка 3: »).
 */
public final class PersonEntry {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The engine's user ids are at most 64 characters, and the address is the login. */
    private static final int LOGIN_LENGTH = 64;
    private static final int NAME_LENGTH = 200;

    private PersonEntry() {
    }

    /** The problems of an address given for someone ({@code whose} in the genitive: «директора», «администратора»). */
    public static List<String> addressProblems(String where, String whose, String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            return List.of(where + "не указан адрес электронной почты " + whose + ".");
        }
        if (!EMAIL.matcher(address).matches()) {
            return List.of(where + "адрес " + whose + " «" + address + "» не похож на адрес электронной почты.");
        }
        if (address.length() > LOGIN_LENGTH) {
            return List.of(where + "адрес " + whose + " длиннее " + LOGIN_LENGTH + " знаков: такой адрес не может быть именем для входа.");
        }
        return List.of();
    }

    /** The problems of a person who must be given: both a full name and an address. */
    public static List<String> problems(String where, String whose, String fullName, String email) {
        List<String> problems = new ArrayList<>();
        if (fullName == null || fullName.isBlank()) {
            problems.add(where + "не указаны ФИО " + whose + ".");
        } else if (fullName.strip().length() > NAME_LENGTH) {
            problems.add(where + "ФИО " + whose + " длиннее " + NAME_LENGTH + " знаков.");
        }
        problems.addAll(addressProblems(where, whose, email));
        return problems;
    }
}
