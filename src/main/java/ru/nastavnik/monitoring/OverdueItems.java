package ru.nastavnik.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.identity.Role;

/**
 * What is late now: the tasks the deadlines opened (a stage overdue, feedback overdue, a mentor not approved in 30
 * days), any task past its due date, and the incidents (a step that failed all its retries). Oldest first.
 */
@Component
class OverdueItems {

    record Item(String title, String where, LocalDate since, String who, boolean incident) { }

    private static final String DEADLINE_TASKS = "Task_Resolve%Overdue";
    private static final String LATE_APPROVAL = "Task_DecideLateApproval";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;

    OverdueItems(TaskService tasks, RuntimeService runtime, RepositoryService repository,
                 IdentityService identity) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
    }

    /** The school's late tasks and incidents, read as the system: the dashboard checks the role and school first. */
    List<Item> now(String schoolId, Date now) {
        return AsSystem.call(identity, () -> read(schoolId, now));
    }

    private List<Item> read(String schoolId, Date now) {
        Map<String, String> processNames = new HashMap<>();
        Map<String, Task> late = new HashMap<>();
        tasks.createTaskQuery().tenantIdIn(schoolId).taskDefinitionKeyLike(DEADLINE_TASKS).list().forEach(task -> late.put(task.getId(), task));
        tasks.createTaskQuery().tenantIdIn(schoolId).taskDefinitionKey(LATE_APPROVAL).list().forEach(task -> late.put(task.getId(), task));
        tasks.createTaskQuery().tenantIdIn(schoolId).dueBefore(now).list().forEach(task -> late.put(task.getId(), task));
        List<Item> items = new ArrayList<>();
        for (Task task : late.values()) {
            items.add(new Item(task.getName(), processName(processNames, task.getProcessDefinitionId()), day(task.getCreateTime()),
                    task.getAssignee() != null ? task.getAssignee() : candidates(task), false));
        }
        for (Incident incident : runtime.createIncidentQuery().tenantIdIn(schoolId).list()) {
            items.add(new Item("Сбой шага «" + incident.getActivityId() + "»: повторы исчерпаны, нужен администратор",
                    processName(processNames, incident.getProcessDefinitionId()), day(incident.getIncidentTimestamp()),
                    "администратор (Cockpit)", true));
        }
        items.sort(Comparator.comparing(Item::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private String candidates(Task task) {
        return String.join(", ", tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> groupTitle(link.getGroupId())).distinct().toList());
    }

    private static String groupTitle(String groupId) {
        return Arrays.stream(Role.values()).filter(role -> role.groupId().equals(groupId) || groupId.endsWith("-" + role.groupId())).map(Role::title).findFirst().orElse(groupId);
    }

    private String processName(Map<String, String> names, String definitionId) {
        if (definitionId == null) {
            return "";
        }
        return names.computeIfAbsent(definitionId, id -> {
            String name = repository.getProcessDefinition(id).getName();
            return name == null ? id : name;
        });
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
