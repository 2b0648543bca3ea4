package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.List;

/** The columns of a mentor bank file, in the order of the template. */
final class MentorColumns {

    static final Column FULL_NAME = Column.required("ФИО", "ФИО наставника", "Фамилия, имя, отчество");
    static final Column EMAIL = Column.required("Email", "Эл. почта", "Эл.почта", "Электронная почта", "E-mail", "Почта");
    static final Column PHONE = Column.optional("Телефон", "Контактный телефон");
    static final Column WORKPLACE = Column.optional("Место работы", "Место работы/учебы наставника", "Место работы/учебы");
    static final Column COMPETENCES = Column.optional("Компетенции", "Основные компетенции", "Основные компетенции наставника");
    static final Column TAGS = Column.optional("Теги", "Тэги");
    static final Column ACHIEVEMENTS = Column.optional("Достижения", "Важные для программы достижения наставника");
    static final Column INTERESTS = Column.optional("Интересы", "Интересы наставника");
    static final Column PREFERRED_PROFILE = Column.optional("Желаемый профиль наставляемого",
            "Желаемый возраст наставляемых", "Желаемый возраст наставляемого");
    static final Column HOURS = Column.optional("Часов в месяц", "Ресурс времени", "Ресурс времени на программу наставничества");
    static final Column ENTRY_DATE = Column.optional("Дата вхождения", "Дата вхождения в программу", "Дата вхождения в банк");

    static final List<Column> ALL = List.of(FULL_NAME, EMAIL, PHONE, WORKPLACE, COMPETENCES, TAGS, ACHIEVEMENTS,
            INTERESTS, PREFERRED_PROFILE, HOURS, ENTRY_DATE);

    private MentorColumns() {
    }

    static NewMentor read(Cells cells, LocalDate today) {
        LocalDate entry = cells.date(ENTRY_DATE);
        return new NewMentor(cells.text(FULL_NAME), cells.text(EMAIL), cells.text(PHONE), cells.text(WORKPLACE),
                cells.text(COMPETENCES), cells.tags(TAGS), cells.text(ACHIEVEMENTS), cells.text(INTERESTS),
                cells.text(PREFERRED_PROFILE), cells.integer(HOURS), entry == null ? today : entry);
    }
}
