package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.List;

/** The columns of a mentee bank file, in the order of the template. */
final class MenteeColumns {

    static final Column FULL_NAME = Column.required("ФИО", "ФИО наставляемого", "Фамилия, имя, отчество");
    static final Column EMAIL = Column.required("Email", "Эл. почта", "Эл.почта", "Электронная почта", "E-mail", "Почта");
    static final Column PHONE = Column.optional("Телефон", "Контактный телефон");
    static final Column BIRTH_YEAR = Column.optional("Год рождения", "Год рождения наставляемого");
    static final Column MAIN_REQUEST = Column.optional("Основной запрос", "Основной запрос наставляемого", "Запрос");
    static final Column SUBJECT = Column.optional("Предмет", "Преподаваемый предмет");
    static final Column WORK_START = Column.required("Дата начала работы", "Дата фактического начала работы");
    static final Column EXPERIENCE = Column.optional("Стаж (лет)", "Стаж", "Педагогический стаж");
    static final Column ENTRY_DATE = Column.optional("Дата вхождения в программу", "Дата вхождения", "Дата вхождения в банк");

    static final List<Column> ALL = List.of(FULL_NAME, EMAIL, PHONE, BIRTH_YEAR, MAIN_REQUEST, SUBJECT, WORK_START,
            EXPERIENCE, ENTRY_DATE);

    private MenteeColumns() {
    }

    static NewMentee read(Cells cells, LocalDate today) {
        LocalDate entry = cells.date(ENTRY_DATE);
        return new NewMentee(cells.text(FULL_NAME), cells.text(EMAIL), cells.text(PHONE), cells.integer(BIRTH_YEAR),
                cells.text(MAIN_REQUEST), cells.text(SUBJECT), cells.date(WORK_START), cells.integer(EXPERIENCE),
                entry == null ? today : entry);
    }
}
