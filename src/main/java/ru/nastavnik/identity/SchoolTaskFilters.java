package ru.nastavnik.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * A school's own Tasklist filters, «Задачи директора — Школа № 1» and «Задачи куратора — Школа № 1»: the tasks of its
 * role group ({@code s1-curator}), readable by that group only. One candidate group per filter keeps the query on the
 * engine's index of candidate groups however many schools there are, and a person of two schools sees two filters.
 * A filter is known by its school (property {@value #SCHOOL}), as short names repeat across districts.
 */
@Component
public class SchoolTaskFilters {

    static final String SCHOOL = "schoolId";
    static final String ROLE = "role";

    private record Shape(Role role, String title, String color) { }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Role.DIRECTOR, "Задачи директора", "#1565c0"),
            new Shape(Role.CURATOR, "Задачи куратора", "#6a1b9a"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    SchoolTaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = new Grants(authorizations);
    }

    /** The school's filters, created when missing (a school added, or filters of an older release); idempotent. */
    public void ensure(String schoolId, String shortName) {
        for (Shape shape : SHAPES) {
            String name = name(shape, shortName);
            boolean present = filterService.createFilterQuery().filterName(name).list().stream()
                    .anyMatch(filter -> isOf(filter, schoolId, shape.role()));
            if (!present) {
                create(schoolId, shape, name);
            }
        }
    }

    /** At start: the filters of every school (id → short name) that lacks them, reading the filters once. */
    public void ensureAll(Map<String, String> schools) {
        Set<String> present = filterService.createFilterQuery().list().stream()
                .filter(filter -> filter.getProperties() != null && filter.getProperties().get(SCHOOL) != null)
                .map(filter -> filter.getProperties().get(SCHOOL) + "/" + filter.getProperties().get(ROLE))
                .collect(Collectors.toSet());
        schools.forEach((schoolId, shortName) -> {
            for (Shape shape : SHAPES) {
                if (!present.contains(schoolId + "/" + shape.role().groupId())) {
                    create(schoolId, shape, name(shape, shortName));
                }
            }
        });
    }

    private void create(String schoolId, Shape shape, String name) {
        String group = groupId(schoolId, shape.role());
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks())
                .setProperties(Map.of(
                        "description", "Задачи группы «" + shape.role().title() + "» этой школы",
                        "priority", -10,
                        "color", shape.color(),
                        "refresh", true,
                        "variables", List.of(Map.of("name", "schoolName", "label", "Школа")),
                        SCHOOL, schoolId,
                        ROLE, shape.role().groupId()));
        filterService.saveFilter(filter);
        grants.grant(group, FILTER, filter.getId(), READ);
    }

    private static boolean isOf(Filter filter, String schoolId, Role role) {
        Map<String, Object> properties = filter.getProperties();
        return properties != null && schoolId.equals(properties.get(SCHOOL)) && role.groupId().equals(properties.get(ROLE));
    }

    static String name(Role role, String shortName) {
        return SHAPES.stream().filter(shape -> shape.role() == role).findFirst().map(shape -> name(shape, shortName)).orElseThrow();
    }

    private static String name(Shape shape, String shortName) {
        return shape.title() + " — " + shortName;
    }

    /** The school's group of a role, as school.SchoolGroups names it (identity cannot depend on school). */
    private static String groupId(String schoolId, Role role) {
        return schoolId + "-" + role.groupId();
    }
}
