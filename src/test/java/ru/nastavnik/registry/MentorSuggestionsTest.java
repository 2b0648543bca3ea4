package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MentorSuggestionsTest {

    private static final Mentee YOUNG_MATHS_TEACHER = new Mentee("m1", "Алексеева Дарья Сергеевна", "a@school.example", null, 2001,
            "Формирующее оценивание на уроках", "Математика", LocalDate.of(2026, 9, 1), 0, LocalDate.of(2026, 9, 1),
            MenteeStatus.WAITING, null, null, null, null, null, null, false, null, null, null);

    @Test
    void ranksMentorsByWhatTheyShareWithTheRequestThenByFreePlacesAndTime() {
        List<MentorSuggestion> ranked = MentorSuggestions.rank(YOUNG_MATHS_TEACHER, List.of(
                mentor("history", "Зуева Анна", List.of("#история"), "Проектная деятельность", 10, 0),
                mentor("maths", "Громов Пётр", List.of("#математика", "#ФГОС"), "Оценивание образовательных результатов", 8, 1),
                mentor("full", "Титов Павел", List.of("#математике"), "", 20, 3),
                mentor("idle", "Орлов Виктор", List.of("#информатика"), "", null, 0)));

        assertThat(ranked).extracting(MentorSuggestion::mentorId).containsExactly("maths", "history", "idle");
        assertThat(ranked.get(0).explanation()).isEqualTo("совпадает: математика, оценивание; свободно мест: 2; 8 ч в месяц");
        assertThat(ranked.get(1).explanation()).isEqualTo("совпадений с запросом нет; свободно мест: 3; 10 ч в месяц");
        assertThat(ranked.get(2).explanation()).isEqualTo("совпадений с запросом нет; свободно мест: 3");
    }

    @Test
    void aMentorWithThreeMenteesIsNeverSuggested() {
        assertThat(MentorSuggestions.rank(YOUNG_MATHS_TEACHER,
                List.of(mentor("full", "Титов Павел", List.of("#математика"), "Математика", 20, 3)))).isEmpty();
    }

    @Test
    void theBestOfEachMenteeIsTheOneRankedFirstEvenForAThousandByAThousand() {
        List<Mentor> mentors = List.of(
                mentor("history", "Зуева Анна", List.of("#история"), "Проектная деятельность", 10, 0),
                mentor("maths", "Громов Пётр", List.of("#математика", "#ФГОС"), "Оценивание образовательных результатов", 8, 1),
                mentor("full", "Титов Павел", List.of("#математике"), "", 20, 3),
                mentor("idle", "Орлов Виктор", List.of("#информатика"), "", null, 0));
        Mentee historian = new Mentee("m2", "Борисов Илья", "b@school.example", null, 2000, "Проекты по истории", "История",
                LocalDate.of(2026, 9, 1), 0, null, MenteeStatus.WAITING, null, null, null, null, null, null, false, null, null, null);

        Map<String, MentorSuggestion> best = MentorSuggestions.best(List.of(YOUNG_MATHS_TEACHER, historian), mentors);

        assertThat(best.get("m1")).isEqualTo(MentorSuggestions.rank(YOUNG_MATHS_TEACHER, mentors).get(0));
        assertThat(best.get("m2")).isEqualTo(MentorSuggestions.rank(historian, mentors).get(0));
        assertThat(best.get("m2").mentorId()).isEqualTo("history");
        assertThat(MentorSuggestions.best(List.of(historian), List.of(mentors.get(2)))).isEmpty();

        List<Mentor> region = IntStream.range(0, 1000).mapToObj(i -> mentor("r" + i, "Наставник " + i,
                List.of("#предмет" + i % 50), "Компетенции " + i, i % 20, i % 3)).toList();
        List<Mentee> waiting = IntStream.range(0, 1000).mapToObj(i -> new Mentee("w" + i, "Педагог " + i, i + "@school.example", null,
                2000, "Запрос " + i, "Предмет" + i % 50, LocalDate.of(2026, 9, 1), 0, null, MenteeStatus.WAITING, null, null, null,
                null, null, null, false, null, null, null)).toList();
        assertThat(MentorSuggestions.best(waiting, region)).hasSize(1000);
    }

    private static Mentor mentor(String id, String name, List<String> tags, String competences, Integer hours, int mentees) {
        return new Mentor(id, name, id + "@school.example", null, null, competences, tags, null, null, null, hours,
                LocalDate.of(2026, 9, 1), null, null, null, null, null, null, false, mentees);
    }
}
