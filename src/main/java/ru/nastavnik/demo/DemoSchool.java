package ru.nastavnik.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;
import ru.nastavnik.programme.ProgrammeVariables;
import ru.nastavnik.programme.SchoolYear;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;

/**
 * The demo school: one person per role (password = login, stated in the README) and a programme
 * already under way, so Tasklist shows real tasks at once. Created on the first start only.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoSchool implements ApplicationRunner {

    static final String SCHOOL_NAME = "МБОУ «Средняя школа № 1» (демо)";
    static final String BUSINESS_KEY = "demo-school";

    record Person(String login, String lastName, String firstName, Role role) { }

    static final List<Person> PEOPLE = List.of(
            new Person("director", "Смирнова", "Ольга Викторовна", Role.DIRECTOR),
            new Person("curator", "Кузнецова", "Марина Игоревна", Role.CURATOR),
            new Person("mentor1", "Иванов", "Сергей Петрович", Role.MENTOR),
            new Person("mentor2", "Павлова", "Анна Дмитриевна", Role.MENTOR),
            new Person("mentee1", "Алексеева", "Дарья Сергеевна", Role.MENTEE),
            new Person("mentee2", "Борисов", "Кирилл Андреевич", Role.MENTEE),
            new Person("methodologist", "Соколова", "Татьяна Юрьевна", Role.METHODOLOGIST));

    private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final MenteeBank mentees;
    private final MentorBank mentors;
    private final Clock clock;

    DemoSchool(IdentityService identity, RuntimeService runtime, TaskService tasks, FormService forms, HistoryService history,
               MenteeBank mentees, MentorBank mentors, Clock clock) {
        this.identity = identity;
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.mentees = mentees;
        this.mentors = mentors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PEOPLE.forEach(this::createPerson);
        if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).count() == 0) {
            startProgramme();
        }
    }

    private void createPerson(Person person) {
        if (identity.createUserQuery().userId(person.login()).count() > 0) {
            return;
        }
        User user = identity.newUser(person.login());
        user.setLastName(person.lastName());
        user.setFirstName(person.firstName());
        user.setEmail(person.login() + "@school1.example");
        user.setPassword(person.login());
        identity.saveUser(user);
        identity.createMembership(person.login(), person.role().groupId());
    }

    /**
     * Starts the programme as the director would a few days ago, and plays the first steps: the curator appointed by a
     * signed order, the information letter sent, the banks filled, so every role and the mailbox have work.
     */
    private void startProgramme() {
        LocalDate start = startDate(LocalDate.now(clock));
        ProcessInstance programme = runtime.startProcessInstanceByKey(ProgrammeVariables.PROCESS_KEY, BUSINESS_KEY, Map.of(
                ProgrammeVariables.SCHOOL_NAME, SCHOOL_NAME,
                ProgrammeVariables.SCHOOL_YEAR, SchoolYear.containing(start).toString(),
                ProgrammeVariables.START_DATE, start.toString()));
        complete("Task_AppointCurator", Map.of(
                ProgrammeVariables.CURATOR, "curator",
                "workingGroup", "Кузнецова М. И., заместитель директора по УВР — куратор;\nСоколова Т. Ю., руководитель МО — методист"));
        complete("Task_SignOrder", Map.of("orderDecision", "sign"));
        complete("Task_InformParticipants", Map.of(
                ProgrammeVariables.LETTER_SUBJECT, "О подготовке программы наставничества",
                ProgrammeVariables.LETTER_TEXT, "Уважаемые коллеги!\n\nВ школе начинается подготовка программы наставничества "
                        + "педагогических работников. Молодые специалисты и педагоги, желающие стать наставниками, "
                        + "могут обратиться к куратору программы.",
                "informationChannels", Variables.objectValue(List.of("teachersCouncil", "schoolSite"))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));
        DemoBanks.fill(mentees, mentors);
        log.info("Demo programme started as process instance {}", programme.getId());
    }

    /** A few days before today, inside a school year's start window (1 August to 31 May). */
    static LocalDate startDate(LocalDate today) {
        LocalDate start = today.minusDays(3);
        SchoolYear year = SchoolYear.containing(start);
        if (start.isAfter(year.lastStartDay())) {
            return new SchoolYear(year.firstYear() + 1).firstOfSeptember();
        }
        return start.isBefore(year.firstDay()) ? year.firstDay() : start;
    }

    private void complete(String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(BUSINESS_KEY).taskDefinitionKey(taskKey).singleResult();
        forms.submitTaskForm(task.getId(), variables);
    }
}
