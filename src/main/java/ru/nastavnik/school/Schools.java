package ru.nastavnik.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.common.Refused;

/** The schools of the installation (nst_school), each kept as a Camunda tenant with its role groups. */
@Component
public class Schools {

    private static final String COLUMNS = "id, full_name, short_name, district_id, time_zone, director_id";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SchoolTenants tenants;
    private final Clock clock;

    Schools(JdbcTemplate jdbc, SchoolTenants tenants, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Adds a school of a district: its row, its tenant and its role groups; the id is the next free {@code s<n>}. */
    @Transactional
    public School add(NewSchool school) {
        if (findDistrict(school.districtId()).isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "Район «" + school.districtId() + "» не найден.");
        }
        int last = jdbc.queryForList("select id from nst_school where id like 's%'", String.class).stream()
                .filter(id -> id.matches("s[0-9]{1,9}")).mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0);
        return add("s" + (last + 1), school);
    }

    /** Adds a school under a chosen id (the demo's schools): lower-case letters and digits, as tenant ids must be. */
    @Transactional
    public School add(String id, NewSchool school) {
        if (!id.matches("[a-z0-9]{1,64}")) {
            throw new IllegalArgumentException("A school id is lower-case letters and digits: " + id);
        }
        jdbc.update("insert into nst_school (id, full_name, short_name, district_id, time_zone, director_id, created_at) "
                        + "values (?, ?, ?, ?, ?, null, ?)",
                id, school.fullName().strip(), school.shortName().strip(), school.districtId(), school.timeZone().getId(),
                Timestamp.from(clock.instant()));
        School added = require(id);
        tenants.ensure(added);
        return added;
    }

    /** Adds a district under the next free id {@code d<n>}. */
    @Transactional
    public District addDistrict(String name, String regionName) {
        int last = jdbc.queryForList("select id from nst_district where id like 'd%'", String.class).stream()
                .filter(id -> id.matches("d[0-9]{1,9}")).mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0);
        return addDistrict("d" + (last + 1), name.strip(), regionName == null || regionName.isBlank() ? null : regionName.strip());
    }

    @Transactional
    public District addDistrict(String id, String name, String regionName) {
        jdbc.update("insert into nst_district (id, name, region_name, created_at) values (?, ?, ?, ?)",
                id, name, regionName, Timestamp.from(clock.instant()));
        return findDistrict(id).orElseThrow();
    }

    public Optional<District> findDistrict(String id) {
        return jdbc.query("select id, name, region_name from nst_district where id = ?",
                (row, n) -> new District(row.getString(1), row.getString(2), row.getString(3)), id).stream().findFirst();
    }

    /** Every district of the installation, by region and name. */
    public List<District> districts() {
        return jdbc.query("select id, name, region_name from nst_district order by region_name nulls first, name, id",
                (row, n) -> new District(row.getString(1), row.getString(2), row.getString(3)));
    }

    public Optional<School> find(String id) {
        return jdbc.query("select " + COLUMNS + " from nst_school where id = ?", Schools::school, id).stream().findFirst();
    }

    /** The school, or a Russian 404 for an id that names none. */
    public School require(String id) {
        return find(id).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND, "Школа не найдена."));
    }

    public List<School> list() {
        return jdbc.query("select " + COLUMNS + " from nst_school order by short_name, id", Schools::school);
    }

    public List<School> ofDistrict(String districtId) {
        return jdbc.query("select " + COLUMNS + " from nst_school where district_id = ? order by short_name, id",
                Schools::school, districtId);
    }

    /** The schools among these ids (a person's tenants), in name order. */
    public List<School> withIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from nst_school where id in (:ids) order by short_name, id",
                Map.of("ids", ids), Schools::school);
    }

    public void appointDirector(String schoolId, String userId) {
        jdbc.update("update nst_school set director_id = ? where id = ?", userId, schoolId);
    }

    private static School school(ResultSet row, int n) throws SQLException {
        return new School(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                ZoneId.of(row.getString(5)), row.getString(6));
    }
}
