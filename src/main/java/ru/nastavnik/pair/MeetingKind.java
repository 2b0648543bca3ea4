package ru.nastavnik.pair;

/** The five kinds of meetings of a pair (002, item 2.6), with the names people use. */
enum MeetingKind {

    ACQUAINTANCE("Встреча-знакомство"),
    TRIAL("Пробная встреча"),
    PLANNING("Встреча-планирование"),
    JOINT_WORK("Встреча совместной работы"),
    FINAL("Итоговая встреча");

    private final String title;

    MeetingKind(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** The kind of meeting a task of {@code MentoringPair} records. */
    static MeetingKind ofTask(String taskKey) {
        return switch (taskKey) {
            case "Task_AcquaintanceMeeting" -> ACQUAINTANCE;
            case "Task_TrialMeeting" -> TRIAL;
            case "Task_PlanningMeeting" -> PLANNING;
            case "Task_JointMeeting" -> JOINT_WORK;
            case "Task_FinalMeeting" -> FINAL;
            default -> throw new IllegalStateException("No meeting is recorded by task " + taskKey);
        };
    }
}
