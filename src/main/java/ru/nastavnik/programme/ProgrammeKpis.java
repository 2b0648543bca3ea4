package ru.nastavnik.programme;

import java.util.List;

import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeStatus;
import ru.nastavnik.registry.Mentor;

/**
 * The programme's key figures, as the roadmap sets them: the share of young specialists (0-3 years of work) in programmes against
 * 100 %, and the satisfaction of mentees and mentors against 60 / 70 / 85 % in the model's years 1 / 2 / 3.
 * A share of nobody is «нет данных», never a division by zero. Public: the monitoring rounds compute the same figures.
 */
public record ProgrammeKpis(int youngSpecialists, int youngInProgrammes, Integer menteeSatisfaction, Integer mentorSatisfaction,
                     int implementationYear, int pairs, int menteesCompleted, int menteesSuccessful, int mentorCandidates) {

    static final int YOUNG_SPECIALIST_YEARS = 3;
    public static final int YOUNG_SHARE_TARGET = 100;
    private static final int[] SATISFACTION_TARGETS = {60, 70, 85};

    public static ProgrammeKpis of(List<Mentee> mentees, List<Mentor> mentors, int pairs, Integer menteeSatisfaction,
                            Integer mentorSatisfaction, int implementationYear) {
        List<Mentee> young = mentees.stream()
                .filter(m -> m.experienceYears() != null && m.experienceYears() <= YOUNG_SPECIALIST_YEARS).toList();
        int youngIn = (int) young.stream().filter(m -> m.status() == MenteeStatus.IN_PAIR || m.status() == MenteeStatus.COMPLETED).count();
        int completed = (int) mentees.stream().filter(m -> m.status() == MenteeStatus.COMPLETED).count();
        int successful = (int) mentees.stream().filter(m -> m.status() == MenteeStatus.COMPLETED && m.completed()).count();
        int candidates = (int) mentors.stream().filter(Mentor::fromMentee).count();
        return new ProgrammeKpis(young.size(), youngIn, menteeSatisfaction, mentorSatisfaction,
                implementationYearOf(implementationYear), pairs, completed, successful, candidates);
    }

    /** Percent, or null when there is nobody to count. */
    public Integer youngShare() {
        return youngSpecialists == 0 ? null : Math.round(100f * youngInProgrammes / youngSpecialists);
    }

    public int satisfactionTarget() {
        return satisfactionTarget(implementationYear);
    }

    /** The target of the model's year 1, 2 or 3 (a later year keeps year 3's). */
    public static int satisfactionTarget(int implementationYear) {
        return SATISFACTION_TARGETS[implementationYearOf(implementationYear) - 1];
    }

    private static int implementationYearOf(int year) {
        return Math.max(1, Math.min(3, year));
    }

    /** Rows of «показатель, значение, цель, выполнено» for the report. */
    List<List<String>> rows() {
        return List.of(
                row("Доля молодых специалистов (0–3 года) в программах наставничества", youngShare(), YOUNG_SHARE_TARGET),
                row("Удовлетворённость наставляемых", menteeSatisfaction, satisfactionTarget()),
                row("Удовлетворённость наставников", mentorSatisfaction, satisfactionTarget()),
                List.of("Наставнических пар и групп", String.valueOf(pairs), "—", "—"),
                List.of("Наставляемых завершили программу (из них успешно)", completed(), "—", "—"),
                List.of("Кандидатов в наставники из числа наставляемых", String.valueOf(mentorCandidates), "—", "—"));
    }

    String summary() {
        return rows().stream().map(r -> r.get(0) + ": " + r.get(1) + (r.get(2).equals("—") ? "" : " (цель " + r.get(2) + ")"))
                .reduce((a, b) -> a + "; " + b).orElse("") + ".";
    }

    private String completed() {
        return menteesCompleted + " (" + menteesSuccessful + ")";
    }

    private static List<String> row(String name, Integer percent, int target) {
        return List.of(name, percent == null ? "нет данных" : percent + " %", target + " %",
                percent == null ? "—" : percent >= target ? "да" : "нет");
    }
}
