package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeStatus;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.support.MenteeBuilder;
import ru.nastavnik.support.MentorBuilder;

class ProgrammeKpisTest {

    @Test
    void countsYoungSpecialistsInProgrammesAgainstTheWholeBank() {
        List<Mentee> bank = List.of(
                mentee(0, MenteeStatus.IN_PAIR, false), mentee(3, MenteeStatus.COMPLETED, true),
                mentee(2, MenteeStatus.WAITING, false), mentee(1, MenteeStatus.COMPLETED, false),
                mentee(12, MenteeStatus.COMPLETED, true), mentee(null, MenteeStatus.WAITING, false));

        ProgrammeKpis kpis = ProgrammeKpis.of(bank, List.of(mentor(true), mentor(false)), 3, 72, null, 2);

        assertThat(kpis.youngSpecialists()).isEqualTo(4);
        assertThat(kpis.youngShare()).isEqualTo(75);
        assertThat(kpis.satisfactionTarget()).isEqualTo(70);
        assertThat(kpis.rows()).containsExactly(
                List.of("Доля молодых специалистов (0–3 года) в программах наставничества", "75 %", "100 %", "нет"),
                List.of("Удовлетворённость наставляемых", "72 %", "70 %", "да"),
                List.of("Удовлетворённость наставников", "нет данных", "70 %", "—"),
                List.of("Наставнических пар и групп", "3", "—", "—"),
                List.of("Наставляемых завершили программу (из них успешно)", "3 (2)", "—", "—"),
                List.of("Кандидатов в наставники из числа наставляемых", "1", "—", "—"));
    }

    @Test
    void anEmptyBankIsNoDataNotADivisionByZero() {
        ProgrammeKpis kpis = ProgrammeKpis.of(List.of(), List.of(), 0, null, null, 1);

        assertThat(kpis.youngShare()).isNull();
        assertThat(kpis.rows().get(0)).containsExactly("Доля молодых специалистов (0–3 года) в программах наставничества", "нет данных", "100 %", "—");
        assertThat(kpis.summary()).startsWith("Доля молодых специалистов (0–3 года) в программах наставничества: нет данных (цель 100 %)");
    }

    @Test
    void satisfactionTargetsGrowWithTheYearsOfTheModel() {
        assertThat(ProgrammeKpis.of(List.of(), List.of(), 0, null, null, 1).satisfactionTarget()).isEqualTo(60);
        assertThat(ProgrammeKpis.of(List.of(), List.of(), 0, null, null, 3).satisfactionTarget()).isEqualTo(85);
        assertThat(ProgrammeKpis.of(List.of(), List.of(), 0, null, null, 9).satisfactionTarget()).isEqualTo(85);
    }

    private static Mentee mentee(Integer experience, MenteeStatus status, boolean completed) {
        return MenteeBuilder.mentee("id").experience(experience).status(status).completed(completed).build();
    }

    private static Mentor mentor(boolean fromMentee) {
        return MentorBuilder.mentor("id").fromMentee(fromMentee).build();
    }
}
