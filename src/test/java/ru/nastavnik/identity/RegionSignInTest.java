package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.nastavnik.school.School;
import ru.nastavnik.school.SchoolGroups;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * Sign-in through the region's identity provider (docs/security.md, «Вход через региональную учётную запись»), against
 * a real OpenID Connect provider on a port of its own (mock-oauth2-server): the whole authorization-code flow as a
 * browser follows it, cookies and redirects. The provider puts a {@code groups} claim with the administrators' group
 * into every token: nobody gets it.
 * A JVM of its own (pom.xml, execution "region-sign-in"): its application has the provider switched on.
 */
@NastavnikTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "region";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static final int PORT = freePort();
    private static final String CURATOR = "regioncurator";
    private static final String MENTEE = "regionmentee";

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
        properties.add("PUBLIC_URL", () -> "http://localhost:" + PORT);
        properties.add("OIDC_ENABLED", () -> "true");
        properties.add("OIDC_ISSUER_URI", () -> PROVIDER.issuerUrl(ISSUER).toString());
        properties.add("OIDC_CLIENT_ID", () -> "nastavnik");
        properties.add("OIDC_CLIENT_SECRET", () -> "region-secret");
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    Schools schools;
    School school;

    @BeforeAll
    void people() {
        school = TestSchools.of(schools, ClassData.of(RegionSignInTest.class));
        TestPeople.ensure(engine.getIdentityService(), school, CURATOR, Role.CURATOR, "Регионова", "Вера");
        TestPeople.ensure(engine.getIdentityService(), school, MENTEE, Role.MENTEE, "Регионова", "Ия");
    }

    @AfterAll
    void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void theSignInPageOffersTheRegionsAccountBesideThePassword() {
        Http anonymous = new Http(PORT);
        Http.Reply page = anonymous.getHtml("/signin");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Войти через региональную учётную запись", "/oauth2/authorization/region",
                "Войти по логину и паролю", "/camunda/app/tasklist/");
        assertThat(anonymous.getHtml("/registry").status()).as("a staff page without a login: to the sign-in page").isEqualTo(302);
        // the password stays
        Http password = new Http(PORT);
        assertThat(password.loginToTasklist(CURATOR, TestPeople.password(CURATOR)).status()).isEqualTo(200);
        assertThat(password.getHtml("/registry").status()).isEqualTo(200);
    }

    @Test
    void aCuratorKnownByTheirEmailLandsInTasklistWithTheirSchoolsRolesNotTheTokensGroups() throws Exception {
        Task ours = standaloneTask("regionours", school.id());
        Task elsewhere = standaloneTask("regionelsewhere", "regionelsewhere");
        Browser browser = new Browser();
        PROVIDER.enqueueCallback(person(CURATOR + "@test-school.example", true));

        HttpResponse<String> landed = browser.get("/oauth2/authorization/region");

        assertThat(landed.uri().getPath()).startsWith("/camunda/app/tasklist/");
        assertThat(landed.statusCode()).isEqualTo(200);
        JsonNode signedIn = browser.json("/camunda/api/admin/auth/user/default");
        assertThat(signedIn.path("userId").asText()).isEqualTo(CURATOR);
        assertThat(signedIn.path("authorizedApps").toString()).contains("tasklist").doesNotContain("admin", "cockpit");
        // Tasklist, as the engine sees the person: their school's task, not another school's (tenant ids)
        String tasks = browser.get("/camunda/api/engine/engine/default/task?nameLike="
                + URLEncoder.encode("Региональный вход%", StandardCharsets.UTF_8)).body();
        assertThat(tasks).contains(ours.getId()).doesNotContain(elsewhere.getId());
        // our pages: the curator's page of their school; the administrators' pages stay closed
        assertThat(browser.get("/registry").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/plugin/adminPlugins/default/").statusCode()).isEqualTo(403);
        assertThat(browser.json("/camunda/api/engine/engine/default/group?member=" + CURATOR).toString())
                .contains(SchoolGroups.groupId(school.id(), Role.CURATOR)).doesNotContain("camunda-admin");
    }

    @Test
    void aMenteeSignedInThroughTheRegionHasNoStaffPageWhateverTheTokenSays() throws Exception {
        Browser browser = new Browser();
        PROVIDER.enqueueCallback(person(MENTEE + "@test-school.example", null));

        HttpResponse<String> landed = browser.get("/oauth2/authorization/region");

        assertThat(landed.uri().getPath()).startsWith("/camunda/app/tasklist/");
        assertThat(browser.json("/camunda/api/admin/auth/user/default").path("userId").asText()).isEqualTo(MENTEE);
        assertThat(browser.get("/registry").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownEmailIsRefusedInRussianAndNothingIsCreated() throws Exception {
        Browser browser = new Browser();
        PROVIDER.enqueueCallback(person("stranger@region.example", true));

        HttpResponse<String> landed = browser.get("/oauth2/authorization/region");

        assertThat(landed.statusCode()).isEqualTo(403);
        assertThat(landed.body()).contains("учётная запись с адресом электронной почты, который сообщила региональная система, "
                + "в «Наставнике» не найдена").doesNotContain("stranger");
        assertThat(engine.getIdentityService().createUserQuery().userEmail("stranger@region.example").count()).isZero();
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
        assertThat(browser.get("/registry").uri().getPath()).as("not signed in: the sign-in page").isEqualTo("/signin");
    }

    @Test
    void anUnverifiedOrMissingEmailIsRefused() throws Exception {
        Browser unverified = new Browser();
        PROVIDER.enqueueCallback(person(CURATOR + "@test-school.example", false));
        HttpResponse<String> refused = unverified.get("/oauth2/authorization/region");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("региональная система не сообщила подтверждённый адрес электронной почты");
        assertThat(unverified.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);

        Browser noEmail = new Browser();
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "no-email", "JWT", null,
                Map.of("groups", List.of("camunda-admin")), 3600));
        HttpResponse<String> alsoRefused = noEmail.get("/oauth2/authorization/region");
        assertThat(alsoRefused.statusCode()).isEqualTo(403);
        assertThat(alsoRefused.body()).contains("не сообщила подтверждённый адрес электронной почты");
    }

    /** A token as the region's provider issues it, with the administrators' group claimed. */
    private static DefaultOAuth2TokenCallback person(String email, Boolean verified) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("email", email, "groups", List.of("camunda-admin", "curator")));
        if (verified != null) {
            claims.put("email_verified", verified);
        }
        return new DefaultOAuth2TokenCallback(ISSUER, "sub-" + email.hashCode(), "JWT", null, claims, 3600);
    }

    private Task standaloneTask(String id, String tenantId) {
        var tasks = engine.getTaskService();
        if (tasks.createTaskQuery().taskId(id).count() == 0) {
            Task task = tasks.newTask(id);
            task.setName("Региональный вход " + id);
            task.setTenantId(tenantId);
            tasks.saveTask(task);
            tasks.addCandidateGroup(id, Role.CURATOR.groupId());
        }
        return tasks.createTaskQuery().taskId(id).singleResult();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser: follows every redirect (to the provider and back), keeps cookies, echoes Tasklist's CSRF cookie. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                    .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8").GET();
            cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .reduce((first, second) -> second).ifPresent(cookie -> request.header("X-XSRF-TOKEN", cookie.getValue()));
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        JsonNode json(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }
}
