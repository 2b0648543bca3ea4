package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.MenteeBuilder.mentee;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ru.nastavnik.support.MentorBuilder;

class MentorSuggestionsTest {

    private static final Mentee YOUNG_MATHS_TEACHER = mentee("m1").named("Алексеева Дарья Сергеевна").born(2001)
            .asking("Формирующее оценивание на уроках", "Математика").experience(0).build();

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
        Mentee historian = mentee("m2").named("Борисов Илья").born(2000).asking("Проекты по истории", "История").experience(0).build();

        Map<String, MentorSuggestion> best = MentorSuggestions.best(List.of(YOUNG_MATHS_TEACHER, historian), mentors);

        assertThat(best.get("m1")).isEqualTo(MentorSuggestions.rank(YOUNG_MATHS_TEACHER, mentors).get(0));
        assertThat(best.get("m2")).isEqualTo(MentorSuggestions.rank(historian, mentors).get(0));
        assertThat(best.get("m2").mentorId()).isEqualTo("history");
        assertThat(MentorSuggestions.best(List.of(historian), List.of(mentors.get(2)))).isEmpty();

        List<Mentor> region = IntStream.range(0, 1000).mapToObj(i -> mentor("r" + i, "Наставник " + i,
                List.of("#предмет" + i % 50), "Компетенции " + i, i % 20, i % 3)).toList();
        List<Mentee> waiting = IntStream.range(0, 1000).mapToObj(i -> mentee("w" + i).named("Педагог " + i).born(2000)
                .asking("Запрос " + i, "Предмет" + i % 50).experience(0).build()).toList();
        assertThat(MentorSuggestions.best(waiting, region)).hasSize(1000);
    }

    private static Mentor mentor(String id, String name, List<String> tags, String competences, Integer hours, int mentees) {
        return MentorBuilder.mentor(id).named(name).tags(tags).competences(competences).hoursPerMonth(hours).mentees(mentees).build();
    }
}
