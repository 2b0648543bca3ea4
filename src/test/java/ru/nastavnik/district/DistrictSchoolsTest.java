package ru.nastavnik.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;

/** A district administrator adds the district's schools in the browser, one by one and as a list; nobody else may. */
@NastavnikTest
class DistrictSchoolsTest {

    private static final ClassData DATA = ClassData.of(DistrictSchoolsTest.class);
    private static final String DISTRICT = "districtschoolstest";
    private static final String ADMIN = "districtadmin" + DISTRICT;

    @LocalServerPort
    int port;
    @Autowired
    Schools schools;
    @Autowired
    DistrictStaff staff;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void district() {
        if (schools.findDistrict(DISTRICT).isEmpty()) {
            schools.addDistrict(DISTRICT, "Заречный район", "Тестовая область");
        }
        TestPeople.ensure(identity, ADMIN, Role.DISTRICT_ADMINISTRATOR.groupId(), "Районова", "Елена Павловна");
        staff.add(DISTRICT, ADMIN, DistrictStaff.DistrictRole.ADMINISTRATOR);
    }

    @Test
    void aSchoolAddedInTheFormIsATenantWithItsZoneAndDirector() {
        Http.Reply reply = admin().postPage("/district/schools", List.of(
                Map.entry("fullName", "МБОУ «Средняя школа № 7» (" + DATA.owner() + ")"), Map.entry("shortName", "Школа № 7"),
                Map.entry("timeZone", "МСК+2 (Екатеринбург)"), Map.entry("directorName", "Орлова Вера Ивановна"),
                Map.entry("directorEmail", DATA.email("orlova"))), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Школа «Школа № 7» добавлена").contains("Орлова Вера Ивановна").contains("МСК+2 (Екатеринбург)");
        School added = schools.ofDistrict(DISTRICT).stream().filter(school -> school.shortName().equals("Школа № 7")).findFirst().orElseThrow();
        assertThat(added.timeZone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(identity.createTenantQuery().tenantId(added.id()).count()).isOne();
        assertThat(identity.createUserQuery().userId(added.directorId()).memberOfGroup(added.id() + "-director").count())
                .as("the director holds the role in that school").isOne();
        assertThat(jdbc.queryForObject("select count(*) from nst_account_invitation where user_id = ? and school_id = ?",
                Integer.class, added.directorId(), added.id())).as("the director's invitation letter, sent after the save").isOne();
    }

    @Test
    void aFormWithoutAShortNameIsRefusedInRussianAndSavesNothing() {
        int before = schools.ofDistrict(DISTRICT).size();

        Http.Reply reply = admin().postPage("/district/schools", List.of(Map.entry("fullName", "Школа без краткого названия"),
                Map.entry("shortName", " "), Map.entry("timeZone", "МСК"), Map.entry("directorName", "Без Адреса"),
                Map.entry("directorEmail", "")), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Школа не добавлена.").contains("Не указано краткое название школы.")
                .contains("Укажите и ФИО, и адрес электронной почты директора")
                .contains("value=\"Школа без краткого названия\"");
        assertThat(schools.ofDistrict(DISTRICT)).hasSize(before);
    }

    @Test
    void aListWithOneBadRowAddsNoSchoolAndAGoodOneAddsThemAll() {
        int before = schools.ofDistrict(DISTRICT).size();
        String bad = "Полное название;Краткое название;Часовой пояс\nГимназия № 1 (" + DATA.owner() + ");Гимназия № 1;МСК\n"
                + "Лицей № 2 (" + DATA.owner() + ");Лицей № 2;Марс\n";

        Http.Reply refused = admin().upload("/district/schools/import", "Школы.csv", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("problems").get(0).asText()).startsWith("Строка 3: неизвестный часовой пояс");
        assertThat(schools.ofDistrict(DISTRICT)).hasSize(before);

        String good = "Полное название;Краткое название;Часовой пояс;Директор: ФИО;Директор: email\n"
                + "Гимназия № 1 (" + DATA.owner() + ");Гимназия № 1;МСК;;\n"
                + "Лицей № 2 (" + DATA.owner() + ");Лицей № 2;мск+7;Котова Анна Петровна;" + DATA.email("kotova") + "\n";
        Http.Reply added = admin().upload("/district/schools/import", "Школы.csv", good.getBytes(StandardCharsets.UTF_8));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("added").asInt()).isEqualTo(2);
        assertThat(schools.ofDistrict(DISTRICT)).extracting(School::shortName).contains("Гимназия № 1", "Лицей № 2");
        assertThat(admin().upload("/district/schools/import", "Школы.csv", good.getBytes(StandardCharsets.UTF_8)).json()
                .path("problems").get(0).asText()).as("the same list twice").contains("уже есть в районе");
    }

    @Test
    void aCuratorIsRefused() {
        TestPeople.ensure(identity, "curator" + DISTRICT, Role.CURATOR.groupId(), "Кураторова", "Анна");

        Http.Reply reply = new Http(port).as("curator" + DISTRICT, TestPeople.password("curator" + DISTRICT)).getHtml("/district");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("Страница района доступна администратору района.");
    }

    private Http admin() {
        return new Http(port).as(ADMIN, TestPeople.password(ADMIN));
    }
}
