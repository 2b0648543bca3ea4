package ru.nastavnik.district;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.common.Refused;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.identity.Role;
import ru.nastavnik.registry.Tables;
import ru.nastavnik.school.NewSchool;
import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;

/** A district's schools: adding them (one, or a list in one transaction), appointing directors, and how each stands. */
@Component
class DistrictSchools {

    /** A stage of the roadmap (mentoring-programme.bpmn: «Этап 2. Формирование банка наставляемых»). */
    private static final Pattern ROADMAP_STAGE = Pattern.compile("^Этап (\\d+)\\. ");

    private final Schools schools;
    private final DistrictStaff staff;
    private final DirectorAppointment directors;
    private final IdentityService identity;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final WorkProgress progress;

    DistrictSchools(Schools schools, DistrictStaff staff, DirectorAppointment directors, IdentityService identity,
                    HistoryService history, JdbcTemplate jdbc, WorkProgress progress) {
        this.schools = schools;
        this.staff = staff;
        this.directors = directors;
        this.identity = identity;
        this.history = history;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** One school, as the form gave it: refused in Russian (nothing saved) if anything is wrong. */
    @Transactional
    School add(String districtId, SchoolRow row) {
        List<String> problems = SchoolRows.problems(row, "");
        if (namesIn(districtId).contains(SchoolRows.key(row.fullName()))) {
            problems.add("Школа «" + row.fullName().strip() + "» уже есть в районе.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "Школа не добавлена.", problems.stream().map(SchoolRows::capitalised).toList());
        }
        return added(districtId, row);
    }

    /** Every school of a CSV/XLSX list, or none if any row is wrong (each problem named by its row). */
    @Transactional
    List<School> addList(String districtId, String fileName, byte[] content) {
        SchoolRows.Parsed parsed = SchoolRows.parse(Tables.read(fileName, content), namesIn(districtId));
        if (!parsed.problems().isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "Список не загружен: ни одна школа не добавлена. Исправьте файл и загрузите его снова.",
                    parsed.problems());
        }
        List<School> added = new java.util.ArrayList<>();
        progress.forEach("Добавляем школы", parsed.rows(), row -> added.add(added(districtId, row)));
        return added;
    }

    /** Done as the system: the page has checked that the person administers the district; they get no engine rights. */
    private School added(String districtId, SchoolRow row) {
        return AsSystem.call(identity, () -> addedAsSystem(districtId, row));
    }

    private School addedAsSystem(String districtId, SchoolRow row) {
        School school = schools.add(new NewSchool(row.fullName(), row.shortName(), districtId, row.timeZone().zone()));
        for (String methodologist : staff.members(districtId, DistrictStaff.DistrictRole.METHODOLOGIST)) {
            identity.createMembership(methodologist, SchoolGroups.groupId(school.id(), Role.METHODOLOGIST));
        }
        if (row.hasDirector()) {
            directors.appoint(school, row.directorName(), row.directorEmail());
        }
        return school;
    }

    private Set<String> namesIn(String districtId) {
        return schools.ofDistrict(districtId).stream().map(school -> SchoolRows.key(school.fullName())).collect(Collectors.toSet());
    }

    /** How each school of the district stands. */
    List<SchoolState> states(String districtId) {
        return states(schools.ofDistrict(districtId));
    }

    /** How each of these schools stands, in three queries whatever the number of schools. */
    List<SchoolState> states(List<School> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        String[] ids = list.stream().map(School::id).toArray(String[]::new);
        Map<String, String> stages = new HashMap<>();
        AsSystem.run(identity, () -> history.createHistoricActivityInstanceQuery().unfinished().activityType("subProcess")
                .tenantIdIn(ids).list().stream().filter(stage -> stage.getActivityName() != null
                        && ROADMAP_STAGE.matcher(stage.getActivityName()).find())
                .forEach((HistoricActivityInstance stage) -> stages.merge(stage.getTenantId(), stage.getActivityName(),
                        DistrictSchools::earlierStage)));
        Map<String, int[]> counts = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query("""
                select s.id,
                       (select count(*) from nst_mentee e where e.school_id = s.id),
                       (select count(*) from nst_mentor m where m.school_id = s.id),
                       (select count(*) from nst_mentee e where e.school_id = s.id and e.status = 'IN_PAIR'),
                       (select count(*) from nst_order o where o.school_id = s.id and o.status = 'SIGNED')
                from nst_school s where s.id in (:ids)""", Map.of("ids", List.of(ids)), row -> {
            counts.put(row.getString(1), new int[] {row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)});
        });
        Map<String, String> names = directorNames(list);
        return list.stream().map(school -> {
            int[] n = counts.getOrDefault(school.id(), new int[4]);
            return new SchoolState(school, RussianTimeZone.titleOf(school.timeZone()), names.getOrDefault(school.id(), "не назначен"),
                    stages.getOrDefault(school.id(), SchoolState.NOT_STARTED), n[0], n[1], n[2], n[3]);
        }).toList();
    }

    /** Where a programme stands: its earliest unfinished stage (stage 7, information support, runs all year beside the others). */
    private static String earlierStage(String one, String other) {
        return stageNumber(one) <= stageNumber(other) ? one : other;
    }

    private static int stageNumber(String stage) {
        Matcher number = ROADMAP_STAGE.matcher(stage);
        return number.find() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
    }

    private Map<String, String> directorNames(List<School> list) {
        String[] ids = list.stream().map(School::directorId).filter(id -> id != null).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        Map<String, String> byUser = AsSystem.call(identity, () -> identity.createUserQuery().userIdIn(ids).list()).stream()
                .collect(Collectors.toMap(User::getId, user -> (user.getLastName() + " " + user.getFirstName()).strip()));
        Map<String, String> bySchool = new HashMap<>();
        list.stream().filter(school -> byUser.containsKey(school.directorId()))
                .forEach(school -> bySchool.put(school.id(), byUser.get(school.directorId())));
        return bySchool;
    }
}
