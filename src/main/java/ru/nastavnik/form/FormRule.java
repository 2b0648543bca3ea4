package ru.nastavnik.form;

import java.util.List;

/**
 * A domain rule of one Camunda Form, checked in Java after the form's own constraints have passed.
 * Returns the problems in Russian, as the user should read them; an empty list accepts the submission.
 */
public interface FormRule {

    String formId();

    List<String> check(FormValues values);
}
