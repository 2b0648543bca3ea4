package ru.nastavnik.registry;

/** A mentor has at most three mentees at the same time (001, "Algorithm", step 5). */
public final class MentorCapacity {

    public static final int MAX_MENTEES = 3;

    private MentorCapacity() {
    }

    public static int freePlaces(int currentMentees) {
        return Math.max(0, MAX_MENTEES - currentMentees);
    }

    public static boolean allows(int currentMentees, int added) {
        return currentMentees + added <= MAX_MENTEES;
    }

    /** «2 из 3», as the bank page shows a mentor's load. */
    public static String load(int currentMentees) {
        return currentMentees + " из " + MAX_MENTEES;
    }
}
