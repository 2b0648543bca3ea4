package ru.nastavnik.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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

import ru.nastavnik.district.DistrictStaff;
import ru.nastavnik.identity.Role;
import ru.nastavnik.programme.ProgrammeVariables;
import ru.nastavnik.programme.SchoolYear;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.school.NewSchool;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;

/**
 * «Демо-район»: three schools at different points of the year, one person per role in each (password = login, stated
 * in the README), a district administrator, a district methodologist and a region administrator. School 1's programme is under way (curator
 * appointed by a signed order, the information letter sent, the banks filled), school 2's has just been started (its
 * director appoints the curator), school 3 has not started yet. Created on the first start only.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoDistrict implements ApplicationRunner {

    static final String DISTRICT = "demo";
    static final String BUSINESS_KEY = "demo-school";

    record DemoSchool(String id, String fullName, String shortName, ZoneId zone, String domain) { }

    static final DemoSchool SCHOOL_1 = new DemoSchool("demo1", "МБОУ «Средняя школа № 1» (демо)", "Школа № 1",
            ZoneId.of("Europe/Moscow"), "school1.example");
    static final DemoSchool SCHOOL_2 = new DemoSchool("demo2", "МАОУ «Гимназия № 2» (демо)", "Гимназия № 2",
            ZoneId.of("Asia/Yekaterinburg"), "gymnasium2.example");
    static final DemoSchool SCHOOL_3 = new DemoSchool("demo3", "МБОУ «Лицей № 3» (демо)", "Лицей № 3",
            ZoneId.of("Asia/Vladivostok"), "lyceum3.example");

    record Person(String login, String lastName, String firstName, Role role, DemoSchool school) { }

    static final List<Person> PEOPLE = List.of(
            new Person("director", "Смирнова", "Ольга Викторовна", Role.DIRECTOR, SCHOOL_1),
            new Person("curator", "Кузнецова", "Марина Игоревна", Role.CURATOR, SCHOOL_1),
            new Person("mentor1", "Иванов", "Сергей Петрович", Role.MENTOR, SCHOOL_1),
            new Person("mentor2", "Павлова", "Анна Дмитриевна", Role.MENTOR, SCHOOL_1),
            new Person("mentee1", "Алексеева", "Дарья Сергеевна", Role.MENTEE, SCHOOL_1),
            new Person("mentee2", "Борисов", "Кирилл Андреевич", Role.MENTEE, SCHOOL_1),
            new Person("director2", "Егорова", "Наталья Павловна", Role.DIRECTOR, SCHOOL_2),
            new Person("curator2", "Лебедева", "Ирина Сергеевна", Role.CURATOR, SCHOOL_2),
            new Person("director3", "Николаев", "Андрей Михайлович", Role.DIRECTOR, SCHOOL_3),
            new Person("curator3", "Морозова", "Елена Викторовна", Role.CURATOR, SCHOOL_3));
    /** The district's methodologist: the methodologist of each of its schools. */
    static final String METHODOLOGIST = "methodologist";
    static final String DISTRICT_ADMINISTRATOR = "district";
    /** The region's administrator: the region page with the demo district (made on later starts too). */
    static final String REGION_ADMINISTRATOR = "region";

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private final Schools schools;
    private final DistrictStaff staff;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final MenteeBank mentees;
    private final MentorBank mentors;
    private final Clock clock;

    DemoDistrict(Schools schools, DistrictStaff staff, IdentityService identity, RuntimeService runtime, TaskService tasks,
                 FormService forms, HistoryService history, MenteeBank mentees, MentorBank mentors, Clock clock) {
        this.schools = schools;
        this.staff = staff;
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
        createPerson(REGION_ADMINISTRATOR, "Областная", "Людмила Андреевна", "region@region.example", Role.REGION_ADMINISTRATOR, null);
        if (schools.findDistrict(DISTRICT).isPresent()) {
            return;
        }
        schools.addDistrict(DISTRICT, "Демо-район", "Демо-область");
        for (DemoSchool school : List.of(SCHOOL_1, SCHOOL_2, SCHOOL_3)) {
            schools.add(school.id(), new NewSchool(school.fullName(), school.shortName(), DISTRICT, school.zone()));
        }
        PEOPLE.forEach(person -> createPerson(person.login(), person.lastName(), person.firstName(),
                person.login() + "@" + person.school().domain(), person.role(), person.school().id()));
        schools.appointDirector(SCHOOL_1.id(), "director");
        schools.appointDirector(SCHOOL_2.id(), "director2");
        schools.appointDirector(SCHOOL_3.id(), "director3");
        createPerson(METHODOLOGIST, "Соколова", "Татьяна Юрьевна", "methodologist@district.example", Role.METHODOLOGIST, null);
        staff.add(DISTRICT, METHODOLOGIST, DistrictStaff.DistrictRole.METHODOLOGIST);
        for (School school : schools.ofDistrict(DISTRICT)) {
            identity.createMembership(METHODOLOGIST, SchoolGroups.groupId(school.id(), Role.METHODOLOGIST));
        }
        createPerson(DISTRICT_ADMINISTRATOR, "Воронцова", "Галина Сергеевна", "district@district.example",
                Role.DISTRICT_ADMINISTRATOR, null);
        staff.add(DISTRICT, DISTRICT_ADMINISTRATOR, DistrictStaff.DistrictRole.ADMINISTRATOR);
        if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).count() == 0) {
            playSchoolOne();
        }
        startProgramme(SCHOOL_2, "demo-school-2");
        log.info("Demo district created: {} schools", schools.ofDistrict(DISTRICT).size());
    }

    /** A person of the demo: in the role's group, and in the school's when the role is a school's. */
    private void createPerson(String login, String lastName, String firstName, String email, Role role, String schoolId) {
        if (identity.createUserQuery().userId(login).count() == 0) {
            User user = identity.newUser(login);
            user.setLastName(lastName);
            user.setFirstName(firstName);
            user.setEmail(email);
            user.setPassword(login);
            identity.saveUser(user);
            identity.createMembership(login, role.groupId());
        }
        if (schoolId != null) {
            identity.createMembership(login, SchoolGroups.groupId(schoolId, role));
        }
    }

    /**
     * School 1 started its programme a few days ago, as its director would, and played the first steps: the curator
     * appointed by a signed order, the information letter sent, the banks filled, so every role and the mailbox have work.
     */
    private void playSchoolOne() {
        ProcessInstance programme = startProgramme(SCHOOL_1, BUSINESS_KEY);
        complete("Task_AppointCurator", Map.of(
                ProgrammeVariables.CURATOR, "curator",
                "workingGroup", "Кузнецова М. И., заместитель директора по УВР — куратор;\nСоколова Т. Ю., методист района — методист"));
        complete("Task_SignOrder", Map.of("orderDecision", "sign"));
        complete("Task_InformParticipants", Map.of(
                ProgrammeVariables.LETTER_SUBJECT, "О подготовке программы наставничества",
                ProgrammeVariables.LETTER_TEXT, "Уважаемые коллеги!\n\nВ школе начинается подготовка программы наставничества "
                        + "педагогических работников. Молодые специалисты и педагоги, желающие стать наставниками, "
                        + "могут обратиться к куратору программы.",
                "informationChannels", Variables.objectValue(List.of("teachersCouncil", "schoolSite"))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));
        DemoBanks.fill(SCHOOL_1.id(), mentees, mentors);
        log.info("Demo programme of {} started as process instance {}", SCHOOL_1.id(), programme.getId());
    }

    private ProcessInstance startProgramme(DemoSchool school, String businessKey) {
        LocalDate start = startDate(LocalDate.now(clock));
        return runtime.startProcessInstanceByKey(ProgrammeVariables.PROCESS_KEY, businessKey, Map.of(
                "schoolId", school.id(),
                ProgrammeVariables.SCHOOL_NAME, school.fullName(),
                ProgrammeVariables.SCHOOL_YEAR, SchoolYear.containing(start).toString(),
                ProgrammeVariables.START_DATE, start.toString()));
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
