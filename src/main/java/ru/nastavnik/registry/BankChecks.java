package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a bank entry, the same for a row of a file and for a form: required values, sane lengths and ranges.
 * Messages start in lower case, to follow «Строка 7: »; {@link #sentence} makes them stand alone.
 */
final class BankChecks {

    static final int NAME = 200;
    static final int EMAIL = 254;
    static final int PHONE = 50;
    static final int SHORT_TEXT = 500;
    static final int LONG_TEXT = 4000;
    static final int TAG = 50;
    static final int TAGS = 20;
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> alreadySaid;

    private BankChecks(Set<String> alreadySaid) {
        this.alreadySaid = alreadySaid;
    }

    static List<String> of(NewMentee mentee, LocalDate today, Set<String> alreadySaid) {
        BankChecks checks = new BankChecks(alreadySaid);
        checks.required("ФИО", mentee.fullName(), NAME);
        checks.email(mentee.email());
        checks.length("Телефон", mentee.phone(), PHONE);
        checks.range("Год рождения", mentee.birthYear(), 1930, today.getYear() - 16);
        checks.length("Основной запрос", mentee.mainRequest(), LONG_TEXT);
        checks.length("Предмет", mentee.subject(), NAME);
        if (mentee.workStartDate() == null) {
            checks.missing("Дата начала работы");
        } else if (mentee.workStartDate().isAfter(today)) {
            checks.problems.add("«Дата начала работы» " + Cells.RUSSIAN_DATE.format(mentee.workStartDate())
                    + " — позже сегодняшнего дня.");
        } else if (mentee.workStartDate().getYear() < 1950) {
            checks.problems.add("«Дата начала работы» " + Cells.RUSSIAN_DATE.format(mentee.workStartDate())
                    + " — вне допустимого диапазона.");
        }
        checks.range("Стаж (лет)", mentee.experienceYears(), 0, 60);
        return checks.problems;
    }

    static List<String> of(NewMentor mentor, LocalDate today, Set<String> alreadySaid) {
        BankChecks checks = new BankChecks(alreadySaid);
        checks.required("ФИО", mentor.fullName(), NAME);
        checks.email(mentor.email());
        checks.length("Телефон", mentor.phone(), PHONE);
        checks.length("Место работы", mentor.workplace(), SHORT_TEXT);
        checks.length("Компетенции", mentor.competences(), LONG_TEXT);
        if (mentor.tags().size() > TAGS) {
            checks.problems.add("«Теги»: больше " + TAGS + " тегов.");
        }
        mentor.tags().stream().filter(tag -> tag.length() > TAG).findFirst()
                .ifPresent(tag -> checks.problems.add("«Теги»: тег длиннее " + TAG + " символов."));
        checks.length("Достижения", mentor.achievements(), LONG_TEXT);
        checks.length("Интересы", mentor.interests(), LONG_TEXT);
        checks.length("Желаемый профиль наставляемого", mentor.preferredMenteeProfile(), 1000);
        checks.range("Часов в месяц", mentor.hoursPerMonth(), 1, 200);
        return checks.problems;
    }

    static String sentence(String problem) {
        return problem.isEmpty() ? problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    /** «ivanova@…»: enough for the curator to find the row, and no whole address in any log a message may reach. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)) + "@…";
    }

    static String normalizedEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private void required(String title, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            missing(title);
        } else {
            length(title, value, maxLength);
        }
    }

    private void missing(String title) {
        if (!alreadySaid.contains(title)) {
            problems.add("не заполнено «" + title + "».");
        }
    }

    private void email(String email) {
        if (email == null || email.isBlank()) {
            missing("Email");
        } else if (email.strip().length() > EMAIL || !EMAIL_ADDRESS.matcher(email.strip()).matches()) {
            problems.add("«Email» — не адрес электронной почты.");
        }
    }

    private void length(String title, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add("«" + title + "» длиннее " + maxLength + " символов.");
        }
    }

    private void range(String title, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add("«" + title + "» " + value + " — вне допустимого диапазона.");
        }
    }
}
