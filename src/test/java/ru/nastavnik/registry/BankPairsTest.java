package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.common.Refused;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;

/** Pairs change the banks: at most three mentees per mentor, completion frees the places, a good mentee may mentor next. */
@NastavnikTest
class BankPairsTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, DATA).id();
    }

    /** Today where the school is: the bank dates its records in the school's time zone. */
    private LocalDate schoolToday() {
        return LocalDate.now(TestSchools.of(schools, DATA).timeZone());
    }

    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private static final LocalDate END = LocalDate.of(2026, 5, 31);

    @Autowired
    MenteeBank mentees;

    @Autowired
    MentorBank mentors;

    private static final ClassData DATA = ClassData.of(BankPairsTest.class);

    @Test
    void aMentorTakesThreeMenteesAndAFourthIsRefusedWithNothingSaved() {
        Mentor mentor = mentor("Громов Артём");
        List<String> three = List.of(mentee("Первая").id(), mentee("Вторая").id(), mentee("Третья").id());
        String fourth = mentee("Четвёртая").id();

        mentees.proposePair(schoolId(), mentor.id(), three.subList(0, 2), "педагог — педагог", START, END);
        assertThat(mentors.find(schoolId(), mentor.id()).orElseThrow().load()).isEqualTo("2 из 3");
        assertThat(mentors.mentorsWithCapacity(schoolId())).filteredOn(candidate -> candidate.id().equals(mentor.id()))
                .extracting(MentorCandidate::freePlaces).containsExactly(1);

        assertThatThrownBy(() -> mentees.proposePair(schoolId(), mentor.id(), List.of(three.get(2), fourth), "педагог — педагог", START, END))
                .isInstanceOf(Refused.class)
                .hasMessage("У наставника Громов Артём уже 2 из 3 наставляемых: одновременно можно не больше 3, свободных мест — 1.");
        assertThat(mentees.find(schoolId(), three.get(2)).orElseThrow().status()).as("nothing saved").isEqualTo(MenteeStatus.WAITING);
        assertThat(mentees.find(schoolId(), fourth).orElseThrow().status()).isEqualTo(MenteeStatus.WAITING);

        pairUp(mentor.id(), List.of(three.get(2)));
        Mentee third = mentees.find(schoolId(), three.get(2)).orElseThrow();
        assertThat(third.status()).isEqualTo(MenteeStatus.IN_PAIR);
        assertThat(third.mentorId()).isEqualTo(mentor.id());
        assertThat(third.mentoringForm()).isEqualTo("педагог — педагог");
        assertThat(third.mentorWorkplace()).isEqualTo("МБОУ СШ № 1");
        assertThat(mentors.mentorsWithCapacity(schoolId())).extracting(MentorCandidate::id).doesNotContain(mentor.id());
        assertThat(mentees.waitingMentees(schoolId())).extracting(WaitingMentee::id).contains(fourth).doesNotContainAnyElementsOf(three);
        assertThatThrownBy(() -> mentees.proposePair(schoolId(), mentor.id(), List.of(fourth), "педагог — педагог", START, END))
                .hasMessageStartingWith("У наставника Громов Артём уже 3 из 3 наставляемых");
    }

    @Test
    void refusesAMenteeWhoIsNotWaitingAndATermOutsideOneMonthToOneYear() {
        Mentor first = mentor("Белов Игорь");
        Mentor second = mentor("Чернова Яна");
        Mentee mentee = mentee("Занятая");
        mentees.proposePair(schoolId(), first.id(), List.of(mentee.id()), "педагог — педагог", START, END);

        assertThatThrownBy(() -> mentees.proposePair(schoolId(), second.id(), List.of(mentee.id()), "педагог — педагог", START, END))
                .hasMessage(mentee.fullName() + " не ждёт наставника (статус: «Предложен наставнику: ждёт согласий и приказа»).");
        Mentee other = mentee("Свободная");
        assertThatThrownBy(() -> mentees.proposePair(schoolId(), second.id(), List.of(other.id()), "педагог — педагог", START, START.plusDays(20)))
                .hasMessage(PairTerm.RULE);
        assertThatThrownBy(() -> mentees.proposePair(schoolId(), second.id(), List.of(other.id()), "педагог — педагог", START, START.plusYears(1).plusDays(1)))
                .hasMessage(PairTerm.RULE);
        assertThatThrownBy(() -> mentees.proposePair(schoolId(), "no-such-mentor", List.of(other.id()), "педагог — педагог", START, END))
                .hasMessage("Наставник не найден в банке.");
        assertThat(mentees.find(schoolId(), other.id()).orElseThrow().status()).isEqualTo(MenteeStatus.WAITING);
    }

    @Test
    void aSuccessfulMenteeBecomesAMentorCandidateAndTheMentorsPlaceIsFreed() {
        Mentor mentor = mentor("Ковалёва Софья");
        Mentee good = mentee("Успешная");
        Mentee other = mentee("Обычная");
        pairUp(mentor.id(), List.of(good.id(), other.id()));

        mentees.completePair(schoolId(), mentor.id(), List.of(good.id()), "Провела открытый урок", true);

        Mentee completed = mentees.find(schoolId(), good.id()).orElseThrow();
        assertThat(completed.status()).isEqualTo(MenteeStatus.COMPLETED);
        assertThat(completed.completed()).isTrue();
        assertThat(completed.results()).isEqualTo("Провела открытый урок");
        assertThat(completed.endDate()).isEqualTo(schoolToday());
        assertThat(mentors.find(schoolId(), mentor.id()).orElseThrow().load()).isEqualTo("1 из 3");
        Mentor candidate = mentors.list(schoolId()).stream().filter(m -> m.email().equals(good.email())).findFirst().orElseThrow();
        assertThat(candidate.fromMentee()).isTrue();
        assertThat(candidate.fullName()).isEqualTo(good.fullName());
        int size = mentors.size(schoolId());

        mentees.completePair(schoolId(), mentor.id(), List.of(other.id()), "Программа не завершена по уважительной причине", false);
        assertThat(mentees.find(schoolId(), other.id()).orElseThrow().completed()).isFalse();
        assertThat(mentors.size(schoolId())).as("an unsuccessful mentee is not a candidate").isEqualTo(size);
        assertThat(mentors.find(schoolId(), mentor.id()).orElseThrow().load()).isEqualTo("0 из 3");
        assertThatThrownBy(() -> mentees.completePair(schoolId(), mentor.id(), List.of(other.id()), "", true))
                .hasMessage(other.fullName() + " не в паре с этим наставником.");
    }

    @Test
    void aMenteeReturnedToTheBankWaitsWithoutAMentorAgain() {
        Mentor mentor = mentor("Лосев Марк");
        Mentee mentee = mentee("Вернувшаяся");
        mentees.proposePair(schoolId(), mentor.id(), List.of(mentee.id()), "виртуальное", START, END);

        mentees.returnToBank(schoolId(), List.of(mentee.id()));

        Mentee back = mentees.find(schoolId(), mentee.id()).orElseThrow();
        assertThat(back.status()).isEqualTo(MenteeStatus.WAITING);
        assertThat(back.mentorId()).isNull();
        assertThat(mentees.waitingMentees(schoolId())).filteredOn(waiting -> waiting.id().equals(mentee.id()))
                .singleElement().satisfies(waiting -> assertThat(waiting.mentorDueBy())
                        .as("a teacher working for a year when entering the bank: 30 days from entering it")
                        .isEqualTo(schoolToday().plusDays(30)));
        assertThat(mentors.find(schoolId(), mentor.id()).orElseThrow().load()).isEqualTo("0 из 3");
    }

    @Test
    void aMentorIsLinkedToTheirLogin() {
        Mentor mentor = mentor("Зуев Павел");

        mentors.linkUser(schoolId(), mentor.id(), "zuev");

        assertThat(mentors.find(schoolId(), mentor.id()).orElseThrow().userId()).isEqualTo("zuev");
        assertThatThrownBy(() -> mentors.linkUser(schoolId(), "no-such-mentor", "zuev")).hasMessage("Наставник не найден в банке.");
    }

    /** Proposed, both consented, the order signed. */
    private void pairUp(String mentorId, List<String> menteeIds) {
        mentees.proposePair(schoolId(), mentorId, menteeIds, "педагог — педагог", START, END);
        mentees.approvePair(schoolId(), mentorId, menteeIds, START, END);
    }

    private Mentor mentor(String name) {
        return mentors.add(schoolId(), new NewMentor(name, emailOf("mentor", name),
                null, "МБОУ СШ № 1", null, List.of("ИКТ"), null, null, null, 6, null));
    }

    private Mentee mentee(String name) {
        return mentees.add(schoolId(), new NewMentee(name + " " + DATA.owner(), emailOf("mentee", name),
                null, 1998, null, "Математика", LocalDate.of(2025, 9, 1), 0, null));
    }

    /** Every person of this class has a name of their own, so the name makes the address unique in the bank. */
    private static String emailOf(String role, String name) {
        return DATA.email(role + "-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }
}
