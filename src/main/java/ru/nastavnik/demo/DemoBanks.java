package ru.nastavnik.demo;

import ru.nastavnik.registry.ImportReport;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;

/** The demo school's banks, as a curator would paste them from Excel: invented people, addresses on a reserved domain. */
final class DemoBanks {

    static final String MENTEES = """
            ФИО\tEmail\tТелефон\tГод рождения\tОсновной запрос\tПредмет\tДата начала работы\tСтаж (лет)
            Алексеева Дарья Сергеевна\tmentee1@school1.example\t+7 900 000-01-01\t2001\tДисциплина на уроке\tМатематика\t01.09.2026\t0
            Борисов Кирилл Андреевич\tmentee2@school1.example\t+7 900 000-01-02\t2000\tФормирующее оценивание\tФизика\t01.09.2026\t1
            Васильева Полина Игоревна\tvasilyeva@school1.example\t+7 900 000-01-03\t1999\tРабота с родителями\tРусский язык\t26.08.2025\t1
            Григорьев Максим Олегович\tgrigoryev@school1.example\t+7 900 000-01-04\t1998\tПроектная деятельность\tИстория\t01.09.2024\t2
            Денисова Ульяна Романовна\tdenisova@school1.example\t+7 900 000-01-05\t2002\tЦифровые инструменты\tИнформатика\t01.09.2026\t0
            Ершова Светлана Викторовна\tershova@school1.example\t+7 900 000-01-06\t1985\tНовые ФГОС\tБиология\t01.09.2010\t16
            """;

    static final String MENTORS = """
            ФИО\tEmail\tМесто работы\tКомпетенции\tТеги\tЧасов в месяц
            Иванов Сергей Петрович\tmentor1@school1.example\tМБОУ «Средняя школа № 1»\tМетодика преподавания математики\t#математика, #ФГОС\t8
            Павлова Анна Дмитриевна\tmentor2@school1.example\tМБОУ «Средняя школа № 1»\tРабота с родителями, классное руководство\t#классное руководство\t6
            Орлов Виктор Николаевич\torlov@school1.example\tМБОУ «Средняя школа № 1»\tЦифровая образовательная среда\t#информатика, #цифровизация\t4
            """;

    static void fill(String schoolId, MenteeBank mentees, MentorBank mentors) {
        require(mentees.importPasted(schoolId, MENTEES.strip()));
        require(mentors.importPasted(schoolId, MENTORS.strip()));
    }

    private static void require(ImportReport report) {
        if (!report.clean()) {
            throw new IllegalStateException("Demo bank rows were refused: " + report.problems());
        }
    }

    private DemoBanks() {
    }
}
