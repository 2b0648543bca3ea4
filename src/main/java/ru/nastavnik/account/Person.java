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
}
