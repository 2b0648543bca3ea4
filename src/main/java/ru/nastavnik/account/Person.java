package ru.nastavnik.account;

import java.util.Locale;

/** Who gets an account: the e-mail address is the login (in lower case) and where the invitation goes. */
public record Person(String email, String lastName, String firstName) {

    public Person {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("an account needs an e-mail address");
        }
        email = email.strip().toLowerCase(Locale.ROOT);
    }

    /** From a full name as banks and forms write it, «Фамилия Имя Отчество»: the first word is the last name. */
    public static Person of(String email, String fullName) {
        String[] names = fullName == null ? new String[] {""} : fullName.strip().split("\\s+", 2);
        return new Person(email, names[0], names.length > 1 ? names[1] : "");
    }
}
