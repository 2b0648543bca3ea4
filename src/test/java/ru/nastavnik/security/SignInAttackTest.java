package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.support.TestSchools;

/**
 * The attacks on the sign-in (docs/security.md, «Одна дверь»), each refused in Russian: paths written
 * around the staff pages' rule, a CSRF check skipped by any Authorization header, a cross-site deployment with the
 * browser's remembered Basic login, a mentee's Tasklist session reading Cockpit's plugin API, sessions opened by
 * HTTP Basic, pages without security headers, redirects that follow the Host header.
 */
@NastavnikTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CURATOR = "attackcurator";
    private static final String MENTEE = "attackmentee";
    private static final String METHODOLOGIST = "attackmethodologist";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Schools schools;
    @LocalServerPort
    int port;

    @BeforeAll
    void people() {
        School school = TestSchools.of(schools, ClassData.of(getClass()));
        TestPeople.ensure(engine.getIdentityService(), school, CURATOR, Role.CURATOR, "Атакова", "Вера");
        TestPeople.ensure(engine.getIdentityService(), school, MENTEE, Role.MENTEE, "Атакова", "Ия");
        TestPeople.ensure(engine.getIdentityService(), school, METHODOLOGIST, Role.METHODOLOGIST, "Атакова", "Зоя");
    }

    @Test
    void aStaffPageWrittenWithAnEncodedLetterIsStillBehindTheLogin() {
        for (String path : new String[] {"/%6Frders", "/%72egistry/mentees", "/%64ashboard/figures.csv", "/%70airs", "/api/%6Digration/plan"}) {
            Http.Reply anonymous = new Http(port).get(path);
            assertThat(anonymous.status()).as(path + " without a login: " + anonymous.body()).isEqualTo(302);
            Http.Reply script = new Http(port).postJson(path, "{}");
            assertThat(script.status()).as(path + " by a script without a login").isEqualTo(401);
            assertThat(script.json().path("message").asText()).isEqualTo("Войдите в систему: нужен логин и пароль сотрудника школы.");
        }
        Http.Reply curator = new Http(port).as(CURATOR, TestPeople.password(CURATOR)).get("/%72egistry/mentees");
        assertThat(curator.status()).as("the same page, signed in").isEqualTo(200);
    }

    @Test
    void aPathWithMatrixParametersIsRefusedInRussianNotAnsweredWithAServerError() {
        for (String path : new String[] {"/orders;x=1", "/registry;x=1/mentees", "/demo;x=1/mail", "/pairs/;x=1", "/engine-rest/task;x=1"}) {
            for (Http http : new Http[] {new Http(port), new Http(port).as(CURATOR, TestPeople.password(CURATOR))}) {
                Http.Reply reply = http.get(path);
                assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(400);
                assertThat(reply.json().path("message").asText()).startsWith("Адрес запроса не принят: в нём недопустимые символы");
            }
        }
    }

    @Test
    void aGarbageAuthorizationHeaderDoesNotSkipTheCsrfCheckOfTheSession() {
        for (String authorization : new String[] {"Basic Z2FyYmFnZQ==", "Basic !!!", "Bearer anything", "Negotiate x"}) {
            Http browser = new Http(port);
            assertThat(browser.loginToTasklist(CURATOR, TestPeople.password(CURATOR)).status()).isEqualTo(200);
            Http.Reply post = browser.header("Authorization", authorization)
                    .postForm("/pairs/any-pair/termination", Map.of("reason", "OTHER", "comment", "csrf"));
            assertThat(post.status()).as(authorization + ": " + post.body()).isIn(401, 403);
            assertThat(post.json().path("message").asText())
                    .isIn("Войдите в систему: нужен логин и пароль сотрудника школы.",
                            "Форма устарела или отправлена с другого сайта: обновите страницу и повторите. Ничего не изменено.");
        }
    }

    @Test
    void aCrossSiteDeploymentWithTheBrowsersRememberedBasicLoginIsRefused() throws Exception {
        long before = engine.getRepositoryService().createDeploymentQuery().count();
        String boundary = "----attack";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nattack\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"attack.bpmn\"; filename=\"attack.bpmn\"\r\nContent-Type: text/xml\r\n\r\n"
                + "<definitions/>\r\n--" + boundary + "--\r\n";
        for (Map.Entry<String, String> browser : Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site").entrySet()) {
            HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/engine-rest/deployment/create"))
                    .header("Authorization", basic(METHODOLOGIST))
                    .header(browser.getKey(), browser.getValue())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(browser + ": " + post.body()).isEqualTo(403);
            assertThat(JSON.readTree(post.body()).path("message").asText())
                    .isEqualTo("Запрос отправлен со страницы другого сайта и отклонён. Ничего не изменено.");
        }
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aMenteesTasklistSessionDoesNotAnswerCockpitsOrAdminsPluginApi() {
        Http mentee = new Http(port);
        assertThat(mentee.loginToTasklist(MENTEE, TestPeople.password(MENTEE)).status()).isEqualTo(200);
        Http.Reply statistics = mentee.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count");
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(403);
        assertThat(statistics.json().path("message").asText()).startsWith("Недостаточно прав");
        Http.Reply metrics = mentee.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/task-worker/sum");
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(403);
        assertThat(mentee.get("/camunda/api/engine/engine/default/task?maxResults=1").status())
                .as("Tasklist's own API still answers her").isEqualTo(200);

        Http methodologist = new Http(port);
        assertThat(methodologist.loginToTasklist(METHODOLOGIST, TestPeople.password(METHODOLOGIST)).status()).isEqualTo(200);
        Http.Reply allowed = methodologist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count");
        assertThat(allowed.status()).as("Cockpit's own people: " + allowed.body()).isEqualTo(200);
        assertThat(allowed.json().path("count").isNumber()).isTrue();
        assertThat(methodologist.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/task-worker/sum").status()).isEqualTo(403);
    }

    @Test
    void theTasklistLoginOpensOurPagesAndItsLogoutClosesThem() {
        Http browser = new Http(port);
        assertThat(browser.loginToTasklist(CURATOR, TestPeople.password(CURATOR)).status()).isEqualTo(200);
        assertThat(browser.get("/registry/mentees").status()).isEqualTo(200);
        assertThat(browser.postForm("/camunda/api/admin/auth/user/default/logout", Map.of()).status()).isEqualTo(200);
        Http.Reply after = browser.postJson("/registry/mentees/import", "{}");
        assertThat(browser.get("/registry/mentees").status()).as("a browser after the logout").isEqualTo(302);
        assertThat(after.status()).isIn(401, 403);
    }

    @Test
    void aBasicLoginOpensNoServerSession() throws Exception {
        for (String path : new String[] {"/registry", "/pairs", "/orders", "/engine-rest/task"}) {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", basic(CURATOR)).header("Accept", path.startsWith("/engine-rest") ? "application/json" : "text/html")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            assertThat(reply.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void ourPagesSendSecurityHeaders() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/registry"))
                .header("Authorization", basic(CURATOR)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'self'", "script-src 'self'",
                "object-src 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse("")).as("the production profile").contains("max-age=");
        assertThat(page.body()).doesNotContain("<script>").contains("/scripts/bank-upload.js");
    }

    @Test
    void aRedirectNeverNamesTheHostTheRequestClaimed() throws IOException {
        for (String path : new String[] {"/", "/camunda/", "/camunda/app/tasklist", "/orders"}) {
            String answer = rawGet(path, "evil.example");
            assertThat(answer).as(path).startsWith("HTTP/1.1 302");
            assertThat(answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElseThrow())
                    .as(path).doesNotContain("evil.example");
        }
    }

    /** A request as sent by hand, with a Host header of the sender's choosing. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + TestPeople.password(login)).getBytes(StandardCharsets.UTF_8));
    }
}
