package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Many schools on one installation: the districts and schools, a school on every row of ours, unique keys per school.
 * <p>
 * An installation of the previous release is one school. If it holds anything (a row of ours or a process instance),
 * that school is created here as {@value #FIRST_SCHOOL} of district {@value #FIRST_DISTRICT}, named as its orders
 * and reports name it, and everything it has becomes that school's: our rows, and the engine's running and historic
 * rows of its process instances (their tenant id), its people (the school's role groups, a member of its tenant).
 * The engine has no API to give a running instance a tenant, so that part writes the engine's tables, once, here.
 * A new installation (no engine tables yet, nothing of ours) gets the empty tables.
 */
public class V8__schools extends BaseJavaMigration {

    static final String FIRST_SCHOOL = "s1";
    static final String FIRST_DISTRICT = "d1";
    static final String DEFAULT_TIME_ZONE = "Europe/Moscow";
    /** The role groups of a school (identity.Role), as they were global in the previous release. */
    private static final Map<String, String> ROLE_TITLES = new LinkedHashMap<>(Map.of(
            "director", "Директор", "curator", "Куратор программы наставничества", "mentor", "Наставник",
            "mentee", "Наставляемый", "methodologist", "Методист"));

    /** Every table of ours that holds a school's records. */
    private static final List<String> SCHOOL_TABLES = List.of(
            "nst_sent_mail", "nst_order", "nst_order_counter", "nst_mentor", "nst_mentor_tag", "nst_mentee",
            "nst_programme_report", "nst_consent", "nst_meeting", "nst_feedback", "nst_absence",
            "nst_questionnaire_round", "nst_questionnaire_invitation", "nst_questionnaire_link", "nst_questionnaire_answer",
            "nst_monitoring_round", "nst_success_case");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    create table nst_district (
                        id          varchar(64)  not null primary key,
                        name        varchar(300) not null,
                        region_name varchar(300),
                        created_at  timestamp    not null
                    )""");
            sql.execute("""
                    create table nst_school (
                        id          varchar(64)  not null primary key,
                        full_name   varchar(500) not null,
                        short_name  varchar(200) not null,
                        district_id varchar(64)  not null,
                        time_zone   varchar(64)  not null,
                        director_id varchar(254),
                        created_at  timestamp    not null,
                        constraint fk_nst_school_district foreign key (district_id) references nst_district (id),
                        constraint ck_nst_school_id check (id = lower(id))
                    )""");
            sql.execute("create index ix_nst_school_district on nst_school (district_id)");
            // the district's own people: its administrators (add schools, appoint directors) and methodologists
            sql.execute("""
                    create table nst_district_member (
                        district_id varchar(64)  not null,
                        user_id     varchar(254) not null,
                        role        varchar(20)  not null,
                        constraint pk_nst_district_member primary key (district_id, user_id, role),
                        constraint fk_nst_district_member_district foreign key (district_id) references nst_district (id),
                        constraint ck_nst_district_member_role check (role in ('ADMINISTRATOR', 'METHODOLOGIST'))
                    )""");
            sql.execute("create index ix_nst_district_member_user on nst_district_member (user_id)");
            for (String table : SCHOOL_TABLES) {
                sql.execute("alter table " + table + " add column school_id varchar(64)");
            }
        }
        if (holdsASchool(connection)) {
            adoptTheSchool(connection);
        }
    }

    private static boolean holdsASchool(Connection connection) throws SQLException {
        for (String table : SCHOOL_TABLES) {
            if (count(connection, "select count(*) from " + table) > 0) {
                return true;
            }
        }
        return engineTable(connection, "act_hi_procinst") != null
                && count(connection, "select count(*) from " + engineTable(connection, "act_hi_procinst")) > 0;
    }

    private static void adoptTheSchool(Connection connection) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String name = schoolName(connection);
        try (PreparedStatement district = connection.prepareStatement(
                "insert into nst_district (id, name, region_name, created_at) values (?, ?, null, ?)");
             PreparedStatement school = connection.prepareStatement(
                     "insert into nst_school (id, full_name, short_name, district_id, time_zone, director_id, created_at) "
                             + "values (?, ?, ?, ?, ?, null, ?)")) {
            district.setString(1, FIRST_DISTRICT);
            district.setString(2, "Район");
            district.setTimestamp(3, now);
            district.executeUpdate();
            school.setString(1, FIRST_SCHOOL);
            school.setString(2, name);
            school.setString(3, name.length() > 200 ? name.substring(0, 200) : name);
            school.setString(4, FIRST_DISTRICT);
            school.setString(5, DEFAULT_TIME_ZONE);
            school.setTimestamp(6, now);
            school.executeUpdate();
        }
        try (Statement sql = connection.createStatement()) {
            for (String table : SCHOOL_TABLES) {
                sql.executeUpdate("update " + table + " set school_id = '" + FIRST_SCHOOL + "'");
            }
        }
        tenantOnEngineRows(connection);
        peopleOfTheSchool(connection, name);
    }

    /** The name the school's orders and reports carry (the latest), else what its programme was started with. */
    private static String schoolName(Connection connection) throws SQLException {
        for (String query : List.of(
                "select school_name from nst_order order by created_at desc",
                "select school_name from nst_programme_report order by created_at desc",
                "select school_name from nst_monitoring_round order by computed_at desc")) {
            String name = first(connection, query);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        String variables = engineTable(connection, "act_hi_varinst");
        if (variables != null) {
            String name = first(connection, "select text_ from " + variables + " where name_ = 'schoolName' and text_ is not null");
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        return "Школа";
    }

    /**
     * The school's tenant id on every engine row of its process instances, running and historic (definitions and
     * deployments stay shared), and on the identity links of its tasks. Rows that belong to no instance (job definitions,
     * a timer start event's job, the history cleanup job) stay as they are.
     */
    private static void tenantOnEngineRows(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getColumns(connection.getCatalog(), null, "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                String lower = table.toLowerCase(Locale.ROOT);
                if ((lower.startsWith("act_ru_") || lower.startsWith("act_hi_")) && isInCurrentSchema(connection, rows)) {
                    columns.computeIfAbsent(table, key -> new ArrayList<>()).add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String tenant = column(table.getValue(), "tenant_id_");
                // a row of an instance names it; a task's identity links (candidate groups, their history) name the task
                String instance = null;
                for (String owner : List.of("proc_inst_id_", "process_instance_id_", "root_proc_inst_id_", "task_id_")) {
                    instance = instance == null ? column(table.getValue(), owner) : instance;
                }
                if (tenant != null && instance != null) {
                    sql.executeUpdate("update " + table.getKey() + " set " + tenant + " = '" + FIRST_SCHOOL + "' where "
                            + tenant + " is null and " + instance + " is not null");
                }
            }
        }
    }

    /**
     * The school's people: everyone in a role group of the previous release is also in that role's group of the school,
     * which is a member of the school's tenant.
     */
    private static void peopleOfTheSchool(Connection connection, String name) throws SQLException {
        String groups = engineTable(connection, "act_id_group");
        String memberships = engineTable(connection, "act_id_membership");
        String tenants = engineTable(connection, "act_id_tenant");
        String tenantMembers = engineTable(connection, "act_id_tenant_member");
        if (groups == null || memberships == null || tenants == null || tenantMembers == null) {
            return;
        }
        String shortName = name.length() > 100 ? name.substring(0, 100) : name;
        try (PreparedStatement tenant = connection.prepareStatement("insert into " + tenants + " (id_, rev_, name_) values (?, 1, ?)")) {
            tenant.setString(1, FIRST_SCHOOL);
            tenant.setString(2, shortName);
            tenant.executeUpdate();
        }
        for (Map.Entry<String, String> role : ROLE_TITLES.entrySet()) {
            String group = FIRST_SCHOOL + "-" + role.getKey();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + groups + " (id_, rev_, name_, type_) values (?, 1, ?, 'WORKFLOW')")) {
                insert.setString(1, group);
                String title = role.getValue() + " — " + shortName;
                insert.setString(2, title.length() > 255 ? title.substring(0, 255) : title);
                insert.executeUpdate();
            }
            try (PreparedStatement member = connection.prepareStatement(
                    "insert into " + tenantMembers + " (id_, tenant_id_, user_id_, group_id_) values (?, ?, null, ?)")) {
                member.setString(1, java.util.UUID.randomUUID().toString());
                member.setString(2, FIRST_SCHOOL);
                member.setString(3, group);
                member.executeUpdate();
            }
            try (PreparedStatement copy = connection.prepareStatement(
                    "insert into " + memberships + " (user_id_, group_id_) select user_id_, ? from " + memberships
                            + " where group_id_ = ?")) {
                copy.setString(1, group);
                copy.setString(2, role.getKey());
                copy.executeUpdate();
            }
        }
    }

    private static boolean isInCurrentSchema(Connection connection, ResultSet column) throws SQLException {
        String schema = column.getString("TABLE_SCHEM");
        String current = connection.getSchema();
        return schema == null || current == null || schema.equalsIgnoreCase(current);
    }

    /** The engine's table as this database spells it (H2 upper case, PostgreSQL lower case), or null if absent. */
    private static String engineTable(Connection connection, String lowerName) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        for (String name : List.of(lowerName, lowerName.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return tables.getString("TABLE_NAME");
                }
            }
        }
        return null;
    }

    private static String column(List<String> columns, String lowerName) {
        return columns.stream().filter(name -> name.equalsIgnoreCase(lowerName)).findFirst().orElse(null);
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String first(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
