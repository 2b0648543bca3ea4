package ru.nastavnik.district;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who works for which district (nst_district_member): its administrators and its methodologists. */
@Component
public class DistrictStaff {

    public enum DistrictRole { ADMINISTRATOR, METHODOLOGIST }

    private final JdbcTemplate jdbc;

    DistrictStaff(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> districtsOf(String userId, DistrictRole role) {
        return jdbc.queryForList("select district_id from nst_district_member where user_id = ? and role = ? order by district_id",
                String.class, userId, role.name());
    }

    public List<String> members(String districtId, DistrictRole role) {
        return jdbc.queryForList("select user_id from nst_district_member where district_id = ? and role = ? order by user_id",
                String.class, districtId, role.name());
    }

    public void add(String districtId, String userId, DistrictRole role) {
        if (!districtsOf(userId, role).contains(districtId)) {
            jdbc.update("insert into nst_district_member (district_id, user_id, role) values (?, ?, ?)", districtId, userId, role.name());
        }
    }
}
