package ru.nastavnik.programme;

import ru.nastavnik.programme.ProgrammeCalendar.Deadline;

/** What each deadline is called in letters and messages. */
final class DeadlineTitles {

    static String of(Deadline deadline) {
        return switch (deadline) {
            case PREPARE_CONDITIONS -> "Этап 1. Подготовка условий для реализации системы наставничества";
            case MENTEE_BANK -> "Этап 2. Формирование банка наставляемых";
            case MENTOR_BANK -> "Этап 3. Формирование банка наставников";
            case MENTOR_SELECTION -> "Этап 4. Отбор и обучение наставников";
            case PAIRS_FORMED -> "Этап 5. Формирование наставнических пар";
            case COMPLETION -> "Этап 6. Завершение персонализированных программ наставничества";
        };
    }

    private DeadlineTitles() {
    }
}
