package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;

/** The mentor bank from a school's file: tags, hours, the same row checks as the mentee bank. */
@NastavnikTest
class MentorBankImportTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, DATA).id();
    }

    @Autowired
    MentorBank bank;

    private static final ClassData DATA = ClassData.of(MentorBankImportTest.class);

    private static String email(String name) {
        return DATA.email(name);
    }

    @Test
    void importsMentorsWithTagsHoursAndTheirFreePlaces() {
        String csv = "ФИО;Email;Телефон;Место работы;Компетенции;Теги;Достижения;Интересы;Желаемый профиль наставляемого;Часов в месяц;Дата вхождения\n"
                + "Иванов Сергей;" + email("ivanov") + ";8 900 1;МБОУ СШ № 1;Проектная деятельность;\"#ИКТ, #проекты; олимпиады\";Учитель года;Шахматы;"
                + "Молодые учителя 22–30 лет;8;01.09.2025\n"
                + "Павлова Анна;" + email("pavlova") + ";;;;ИКТ #ИКТ;;;;;\n";

        ImportReport report = bank.importFile(schoolId(), "mentors.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        Mentor ivanov = byEmail(email("ivanov"));
        assertThat(ivanov.tags()).containsExactlyInAnyOrder("ИКТ", "проекты", "олимпиады");
        assertThat(ivanov.hoursPerMonth()).isEqualTo(8);
        assertThat(ivanov.workplace()).isEqualTo("МБОУ СШ № 1");
        assertThat(ivanov.preferredMenteeProfile()).isEqualTo("Молодые учителя 22–30 лет");
        assertThat(ivanov.entryDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(ivanov.fromMentee()).isFalse();
        assertThat(ivanov.load()).isEqualTo("0 из 3");
        assertThat(byEmail(email("pavlova")).tags()).as("the same tag twice is kept once").containsExactly("ИКТ");
        assertThat(bank.mentorsWithCapacity(schoolId())).filteredOn(candidate -> candidate.id().equals(ivanov.id()))
                .containsExactly(new MentorCandidate(ivanov.id(), "Иванов Сергей", ivanov.tags(), 3));
    }

    @Test
    void reportsBadMentorRowsAndSavesNoneOfThem() {
        String csv = "ФИО;Email;Часов в месяц;Теги\n"
                + "Орлов Юрий;" + email("orlov") + ";500;\n"
                + "Кротова Ада;" + email("krotova") + ";много;\n"
                + "Волков Лев;" + email("volkov") + ";4;" + "т".repeat(51) + "\n"
                + "Соболева Ира;" + email("soboleva") + ";4;наставник\n";

        ImportReport report = bank.importFile(schoolId(), "mentors.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.problems()).containsExactly(
                "Строка 2: «Часов в месяц» 500 — вне допустимого диапазона.",
                "Строка 3: «Часов в месяц» «много» — не целое число.",
                "Строка 4: «Теги»: тег длиннее 50 символов.");
        assertThat(bank.list(schoolId())).extracting(Mentor::email).filteredOn(List.of(email("orlov"), email("krotova"), email("volkov"), email("soboleva"))::contains)
                .containsExactly(email("soboleva"));

        ImportReport again = bank.importPasted(schoolId(), "ФИО\tEmail\nСоболева Ира\t" + email("soboleva") + "\n");
        assertThat(again.problems()).containsExactly("Строка 2: наставник с адресом soboleva.mentorbankimporttest@… уже есть в банке.");
    }

    private Mentor byEmail(String email) {
        return bank.list(schoolId()).stream().filter(mentor -> mentor.email().equals(email)).findFirst().orElseThrow();
    }
}
