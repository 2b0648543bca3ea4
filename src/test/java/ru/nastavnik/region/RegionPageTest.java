package ru.nastavnik.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.district.DistrictStaff;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.District;
import ru.nastavnik.school.NewSchool;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.InvitationLetters;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestMailServer;
import ru.nastavnik.support.TestPeople;

/**
 * A production installation starts from the region's page (real PostgreSQL, real SMTP): the installation's administrator
 * adds a district with its administrator, who is invited once, sets a password and adds the district's first school;
 * bad input is refused in Russian with nothing saved; a district's administrator sees neither the region's page nor
 * another district's schools.
 */
@NastavnikTest
class RegionPageTest {

    private static final ClassData DATA = ClassData.of(RegionPageTest.class);
    private static final Pattern LINK = Pattern.compile("/account/password/([A-Za-z0-9_-]{43})");
    private static final String ADMIN = "admin" + DATA.owner().toLowerCase();
    private static final String PASSWORD = "Сосны-у-реки-2026";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    Schools schools;
    @Autowired
    DistrictStaff staff;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void installationAdministrator() {
        TestPeople.ensure(identity, ADMIN, Role.ADMINISTRATOR.groupId(), "Системная", "Ольга");
    }

    @Test
    void aDistrictAddedWithItsAdministratorIsWhereThatPersonAddsTheFirstSchool() {
        String email = DATA.email("severova");
        Http.Reply added = admin().postPage("/region/districts", List.of(Map.entry("name", "Северный район (" + DATA.owner() + ")"),
                Map.entry("regionName", "Тестовая область"), Map.entry("administratorName", "Северова Анна Ильинична"),
                Map.entry("administratorEmail", email)), null);

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("Район «Северный район (" + DATA.owner() + ")» добавлен")
                .contains("Северова Анна Ильинична (" + email + ")");
        District district = schools.districts().stream().filter(d -> d.name().startsWith("Северный район")).findFirst().orElseThrow();
        assertThat(district.regionName()).isEqualTo("Тестовая область");
        assertThat(staff.members(district.id(), DistrictStaff.DistrictRole.ADMINISTRATOR)).containsExactly(email);
        assertThat(identity.createUserQuery().userId(email).memberOfGroup(Role.DISTRICT_ADMINISTRATOR.groupId()).count()).isOne();

        sendLetters(email);
        sendLetters(email);
        List<MimeMessage> letters = TestMailServer.receivedBy(email);
        assertThat(letters).as("exactly one invitation").hasSize(1);
        String token = token(letters.get(0));
        Http.Reply set = new Http(port).postPage("/account/password/" + token,
                List.of(Map.entry("password", PASSWORD), Map.entry("repeated", PASSWORD)), null);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("Пароль задан");

        Http districtAdmin = new Http(port).as(email, PASSWORD);
        Http.Reply page = districtAdmin.getHtml("/district");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Северный район (" + DATA.owner() + ")").contains("В районе пока нет школ");
        Http.Reply school = districtAdmin.postPage("/district/schools", List.of(
                Map.entry("fullName", "МБОУ «Северная школа» (" + DATA.owner() + ")"), Map.entry("shortName", "Северная школа"),
                Map.entry("timeZone", "МСК"), Map.entry("directorName", ""), Map.entry("directorEmail", "")), null);
        assertThat(school.status()).isEqualTo(200);
        assertThat(school.body()).contains("Школа «Северная школа» добавлена");
        assertThat(schools.ofDistrict(district.id())).hasSize(1);

        Http.Reply region = districtAdmin.getHtml("/region");
        assertThat(region.status()).as("a district's administrator on the region's page").isEqualTo(403);
        assertThat(region.body()).contains("Страница региона доступна администратору региона");
        assertThat(admin().getHtml("/region").body()).as("the region sees the new school")
                .containsPattern("Северный район \\(" + DATA.owner() + "\\)</div>[\\s\\S]*?<td class=\"number\">1</td>");
    }

    @Test
    void badInputIsRefusedInRussianAndSavesNothing() {
        int districts = schools.districts().size();
        long people = identity.createUserQuery().count();

        Http.Reply noName = admin().postPage("/region/districts", List.of(Map.entry("name", " "), Map.entry("regionName", ""),
                Map.entry("administratorName", "Безымянная Нина"), Map.entry("administratorEmail", DATA.email("nina"))), null);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("Район не добавлен.").contains("Не указано название района.")
                .contains("value=\"Безымянная Нина\"");

        Http.Reply badEmail = admin().postPage("/region/districts", List.of(Map.entry("name", "Южный район (" + DATA.owner() + ")"),
                Map.entry("regionName", "Тестовая область"), Map.entry("administratorName", ""),
                Map.entry("administratorEmail", "юг-без-собаки")), null);
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("Не указаны ФИО администратора района.")
                .contains("Адрес администратора района «юг-без-собаки» не похож на адрес электронной почты.");
        assertThat(schools.districts()).hasSize(districts);
        assertThat(identity.createUserQuery().count()).isEqualTo(people);

        String email = DATA.email("vostokova");
        assertThat(admin().postPage("/region/districts", List.of(Map.entry("name", "Восточный район (" + DATA.owner() + ")"),
                Map.entry("regionName", "Тестовая область"), Map.entry("administratorName", "Востокова Ирина"),
                Map.entry("administratorEmail", email)), null).status()).isEqualTo(200);
        District east = schools.districts().stream().filter(d -> d.name().startsWith("Восточный район")).findFirst().orElseThrow();
        Http.Reply sameName = admin().postPage("/region/districts", List.of(Map.entry("name", "восточный  район (" + DATA.owner() + ")"),
                Map.entry("regionName", "Тестовая область"), Map.entry("administratorName", "Другая Мария"),
                Map.entry("administratorEmail", DATA.email("drugaya"))), null);
        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.body()).contains("Район «восточный  район (" + DATA.owner() + ")» уже есть в регионе «Тестовая область».");
        Http.Reply sameAdministrator = admin().postPage("/region/staff", List.of(Map.entry("district", east.id()),
                Map.entry("role", "ADMINISTRATOR"), Map.entry("fullName", "Востокова Ирина"), Map.entry("email", email.toUpperCase())), null);
        assertThat(sameAdministrator.status()).isEqualTo(400);
        assertThat(sameAdministrator.body()).contains("Назначение не сохранено.")
                .contains("У района уже есть администратор с адресом «" + email.toUpperCase() + "».");
        assertThat(schools.districts()).hasSize(districts + 1);
        assertThat(staff.members(east.id(), DistrictStaff.DistrictRole.ADMINISTRATOR)).containsExactly(email);
        assertThat(identity.createUserQuery().userId(DATA.email("drugaya")).count()).isZero();
    }

    @Test
    void aMethodologistOfTheDistrictIsTheMethodologistOfItsSchools() {
        District district = schools.addDistrict("Методический район (" + DATA.owner() + ")", "Тестовая область");
        String schoolId = schools.add(new NewSchool("Школа методиста (" + DATA.owner() + ")", "Школа методиста", district.id(),
                java.time.ZoneId.of("Europe/Moscow"))).id();
        String email = DATA.email("metodova");

        Http.Reply appointed = admin().postPage("/region/staff", List.of(Map.entry("district", district.id()),
                Map.entry("role", "METHODOLOGIST"), Map.entry("fullName", "Методова Вера Петровна"), Map.entry("email", email)), null);

        assertThat(appointed.status()).isEqualTo(200);
        assertThat(appointed.body()).contains("Методист района «Методический район (" + DATA.owner() + ")» назначен")
                .contains("Методова Вера Петровна (" + email + ")");
        assertThat(identity.createUserQuery().userId(email).memberOfGroup(schoolId + "-methodologist").count()).isOne();
        assertThat(staff.members(district.id(), DistrictStaff.DistrictRole.METHODOLOGIST)).containsExactly(email);
    }

    @Test
    void theInstallationAdministratorAppointsRegionAdministratorsWhoSeeThePageButAppointNoOne() {
        String email = DATA.email("regionova");
        Http.Reply appointed = admin().postPage("/region/administrators", List.of(Map.entry("fullName", "Регионова Анна Львовна"),
                Map.entry("email", email), Map.entry("regionAdministrator", "1")), null);
        assertThat(appointed.status()).isEqualTo(200);
        assertThat(appointed.body()).contains("Администратор региона назначен").contains("Регионова Анна Львовна (" + email + ")");
        assertThat(identity.createUserQuery().userId(email).memberOfGroup(Role.REGION_ADMINISTRATOR.groupId()).count()).isOne();
        sendLetters(email);
        assertThat(TestMailServer.receivedBy(email)).hasSize(1);
        assertThat(admin().postPage("/region/administrators", List.of(Map.entry("fullName", "Регионова Анна Львовна"),
                Map.entry("email", email), Map.entry("regionAdministrator", "1")), null).body())
                .contains("Адрес «" + email + "» уже у администратора региона.");

        String region = TestPeople.ensure(identity, "region" + DATA.owner().toLowerCase(), Role.REGION_ADMINISTRATOR.groupId(),
                "Областная", "Мария");
        Http regionAdmin = new Http(port).as(region, TestPeople.password(region));
        Http.Reply page = regionAdmin.getHtml("/region");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Добавить район").doesNotContain("Назначить администратора региона");
        Http.Reply refused = regionAdmin.postPage("/region/administrators", List.of(Map.entry("fullName", "Самозванова Ия"),
                Map.entry("email", DATA.email("samozvanova"))), null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Назначать администраторов региона может администратор системы.");
        assertThat(identity.createUserQuery().userId(DATA.email("samozvanova")).count()).isZero();
    }

    @Test
    void aDistrictsAdministratorSeesOnlyTheirDistrictsSchools() {
        District mine = schools.addDistrict("Свой район (" + DATA.owner() + ")", "Тестовая область");
        District other = schools.addDistrict("Чужой район (" + DATA.owner() + ")", "Тестовая область");
        schools.add(new NewSchool("Чужая школа (" + DATA.owner() + ")", "Чужая школа", other.id(), java.time.ZoneId.of("Europe/Moscow")));
        String login = TestPeople.ensure(identity, "own" + DATA.owner().toLowerCase(), Role.DISTRICT_ADMINISTRATOR.groupId(),
                "Своя", "Галина");
        staff.add(mine.id(), login, DistrictStaff.DistrictRole.ADMINISTRATOR);
        Http districtAdmin = new Http(port).as(login, TestPeople.password(login));

        Http.Reply own = districtAdmin.getHtml("/district");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Свой район").doesNotContain("Чужая школа");
        Http.Reply foreign = districtAdmin.getHtml("/district?district=" + other.id());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).contains("Страница района доступна администратору района.").doesNotContain("Чужая школа");
    }

    private Http admin() {
        return new Http(port).as(ADMIN, TestPeople.password(ADMIN));
    }

    /** Runs the jobs of the person's invitation letters, as the job executor would. */
    private void sendLetters(String login) {
        InvitationLetters.send(engine, jdbc, login);
    }

    private static String token(MimeMessage letter) {
        Matcher link = LINK.matcher(TestMailServer.text(letter));
        assertThat(link.find()).as("a link in the letter").isTrue();
        return link.group(1);
    }
}
