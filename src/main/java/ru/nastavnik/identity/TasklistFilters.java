package ru.nastavnik.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows nothing until a filter exists: the filters every school shares, named in Russian, each readable by
 * its roles; the director's and the curator's are each school's own ({@link SchoolTaskFilters}).
 * Filters are matched by name, so a filter an administrator edited keeps its query. The role filters of old, one for
 * all schools («Задачи куратора» on the global group curator), are removed: they would cross schools.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TasklistFilters implements ApplicationRunner {

    record RoleFilter(String name, String description, int priority, String color, List<Role> readers, TaskQueryShape shape) { }

    interface TaskQueryShape {
        TaskQuery apply(TaskQuery query);
    }

    static final List<RoleFilter> FILTERS = List.of(
            new RoleFilter("Мои задачи", "Задачи, назначенные мне", 0, "#2e7d32",
                    List.of(Role.DIRECTOR, Role.CURATOR, Role.MENTOR, Role.MENTEE, Role.METHODOLOGIST),
                    query -> query.taskAssigneeExpression("${currentUser()}")),
            new RoleFilter("Все задачи", "Все открытые задачи школы", 10, "#555555",
                    List.of(Role.ADMINISTRATOR),
                    query -> query));

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = new Grants(authorizations);
    }

    /** The role filters of a single-school installation, on the global groups. */
    static final List<String> RETIRED = List.of("Задачи директора", "Задачи куратора");

    @Override
    public void run(ApplicationArguments args) {
        for (String retired : RETIRED) {
            filterService.createFilterQuery().filterName(retired).list()
                    .forEach(filter -> filterService.deleteFilter(filter.getId()));
        }
        for (RoleFilter wanted : FILTERS) {
            Filter filter = filterService.createFilterQuery().filterName(wanted.name()).singleResult();
            if (filter == null) {
                filter = filterService.newTaskFilter(wanted.name())
                        .setQuery(wanted.shape().apply(taskService.createTaskQuery()))
                        .setProperties(Map.of(
                                "description", wanted.description(),
                                "priority", wanted.priority(),
                                "color", wanted.color(),
                                "refresh", true,
                                "variables", List.of(Map.of("name", "schoolName", "label", "Школа"))));
                filterService.saveFilter(filter);
            }
            for (Role reader : wanted.readers()) {
                grants.grant(reader, FILTER, filter.getId(), READ);
            }
        }
    }
}
