package ru.nastavnik.identity;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/** A new password that breaks the password policy; the REST API answers 400 with this Russian message. Nothing is saved. */
public class PasswordRefusedException extends BadUserRequestException {

    static final String RULES = "Нужен пароль не короче " + PasswordRules.MINIMUM_LENGTH + " символов, без логина, имени, "
            + "фамилии и адреса почты и не из распространённых (qwerty123, пароль, 1q2w3e4r и т. п.).";

    PasswordRefusedException(List<String> problems) {
        super("Пароль не принят: он " + String.join(", ", problems) + ". " + RULES + " Ничего не сохранено.");
    }
}
