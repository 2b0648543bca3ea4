package ru.nastavnik.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The steps of a school's year as its people take them in Tasklist, for tests that need a programme at a later
 * stage. Banks: two mentors (Громов … with #математика, Зуева … with #история) and three mentees (two young, one
 * experienced), named with the run's id so tests sharing the database tell their people apart.
 */
public final class ProgrammeSteps {

    private final ProgrammeDriver driver;
    private final String run;
    private String workStart = "01.09.2026";

    public ProgrammeSteps(ProgrammeDriver driver, String run) {
        this.driver = driver;
        this.run = run;
    }

    /** The day the young mentees started work (dd.MM.yyyy); the mentor must be approved within 30 days of it. */
    public ProgrammeSteps youngStartedWork(String day) {
        workStart = day;
        return this;
    }

    public void prepareConditions(String curator) {
        driver.submit("Task_AppointCurator", Stage1Forms.appointCurator(curator));
        driver.signOrder();
        driver.submit("Task_InformParticipants", Stage1Forms.informParticipants());
        driver.executeJob("ServiceTask_SendInformationLetter");
        driver.submit("Task_DefineGoals", Stage1Forms.defineGoals());
        driver.signOrder();
        driver.submit("Task_ApproveRegulations", Stage1Forms.approveRegulations(EngineClock.today()));
        driver.signOrder();
        driver.submit("Task_DefineRewards", Stage1Forms.defineRewards());
        driver.signOrder();
        driver.submit("Task_CreateSitePage", Stage1Forms.createSitePage());
        driver.submit("Task_DefineMonitoring", Stage1Forms.defineMonitoring());
    }

    public void fillBanks() {
        driver.submit("Task_FormMenteeBank", bank("menteeRows", menteeRows()));
        driver.submit("Task_FormMentorBank", bank("mentorRows", mentorRows()));
    }

    public void selectAndTrainMentors() {
        String first = driver.option("Task_SelectMentors", "mentorOptions", "Громов " + run);
        String second = driver.option("Task_SelectMentors", "mentorOptions", "Зуева " + run);
        driver.submit("Task_SelectMentors", new HashMap<>(Map.of("selectedMentors", Stage1Forms.json(first, second),
                "needsAnalysisResults", "Нужна подготовка по ФГОС")));
        driver.submit("Task_ApproveMentorRegister", new HashMap<>(Map.of("registerDecision", "approve")));
        driver.submit("Task_TrainMentors", new HashMap<>(Map.of("trainingProgramme", "Школа наставников", "trainingDate", "2026-10-10")));
    }

    /** From the start of the year to the curator's first «Сформировать наставническую пару или группу». */
    public void toFormingPairs(String curator) {
        prepareConditions(curator);
        driver.submit("Task_PublishInformation", new HashMap<>(Map.of("publicationSummary", "Новость о старте программы")));
        fillBanks();
        selectAndTrainMentors();
    }

    public static Map<String, Object> pair(String mentor, long months, String form, boolean another, String... mentees) {
        return new HashMap<>(Map.of("mentor", mentor, "mentees", Stage1Forms.json(mentees), "months", months,
                "mentoringForm", form, "addAnotherPair", another));
    }

    public String mentorA() {
        return driver.option("Task_FormPairs", "mentorOptions", "Громов " + run);
    }

    public String mentorB() {
        return driver.option("Task_FormPairs", "mentorOptions", "Зуева " + run);
    }

    public String young1() {
        return driver.option("Task_FormPairs", "menteeOptions", "Молодой " + run + " Первый");
    }

    public String young2() {
        return driver.option("Task_FormPairs", "menteeOptions", "Молодая " + run + " Вторая");
    }

    public String senior() {
        return driver.option("Task_FormPairs", "menteeOptions", "Опытный " + run);
    }

    public String email(String who) {
        return who + "." + run + "@test-school.example";
    }

    public static Map<String, Object> bank(String field, String rows) {
        return new HashMap<>(Map.of(field, rows, "bankComplete", true));
    }

    public String menteeRows() {
        return "ФИО\tEmail\tПредмет\tДата начала работы\tСтаж (лет)\n"
                + "Молодой " + run + " Первый\t" + email("young1") + "\tМатематика\t" + workStart + "\t1\n"
                + "Молодая " + run + " Вторая\t" + email("young2") + "\tФизика\t" + workStart + "\t2\n"
                + "Опытный " + run + " Третий\t" + email("senior") + "\tИстория\t01.09.2026\t10\n";
    }

    public String mentorRows() {
        return "ФИО\tEmail\tМесто работы\tТеги\n"
                + "Громов " + run + " Пётр\t" + email("gromov") + "\tШкола года\t#математика, #ФГОС\n"
                + "Зуева " + run + " Анна\t" + email("zueva") + "\tШкола года\t#история\n";
    }
}
