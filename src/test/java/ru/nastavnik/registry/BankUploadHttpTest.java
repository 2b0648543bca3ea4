package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.MultipartConfigElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.Http;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.identity.Role;

/** The bank page and its uploads as a curator's browser and a school's script use them; nobody else gets in. */
@NastavnikTest
class BankUploadHttpTest {

    @Autowired
    Schools schools;

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    MenteeBank mentees;

    private static final ClassData DATA = ClassData.of(BankUploadHttpTest.class);
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    @BeforeEach
    void staff() {
        TestPeople.ensure(identity, school(), "bankcurator", Role.CURATOR, "Назарова", "Ирина Павловна");
        TestPeople.ensure(identity, school(), "bankdirector", Role.DIRECTOR, "Медведев", "Олег Ильич");
        TestPeople.ensure(identity, school(), "bankmentor", Role.MENTOR, "Крылов", "Денис Андреевич");
    }

    @Test
    void aCuratorUploadsACsvAndGetsTheReportAsJson() throws Exception {
        String csv = "ФИО;Email;Дата начала работы\nАксенова Рита;" + DATA.email("rita") + ";01.09.2025\n"
                + ";" + DATA.email("nobody") + ";01.09.2025\n";

        HttpResponse<String> response = upload("/registry/mentees/import", "bankcurator", "application/json", "Банк.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("imported").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(report.path("rejected").get(0).path("problems").get(0).asText()).isEqualTo("Строка 3: не заполнено «ФИО».");
        assertThat(mentees.list()).extracting(Mentee::email).contains(DATA.email("rita"))
                .doesNotContain(DATA.email("nobody"));

        JsonNode list = JSON.readTree(new Http(port).as("bankcurator", TestPeople.password("bankcurator")).get("/registry/mentees").body());
        assertThat(list.findValuesAsText("email")).contains(DATA.email("rita"));
    }

    @Test
    void aLongImportTellsTheCuratorHowFarItHasCome() throws Exception {
        StringBuilder csv = new StringBuilder("ФИО;Email;Дата начала работы\n");
        int rows = 300;
        for (int i = 0; i < rows; i++) {
            csv.append("Петрова Анна ").append(i).append(';').append(DATA.email("progress" + i))
                    .append(";01.09.2025\n");
        }
        String progressId = DATA.key("long-import");
        Http curator = new Http(port).as("bankcurator", TestPeople.password("bankcurator"));
        String progressPath = "/registry/import-progress/" + progressId;
        assertThat(curator.get(progressPath).status()).as("nothing known before the upload").isEqualTo(404);

        CompletableFuture<HttpResponse<String>> uploaded = CompletableFuture.supplyAsync(() -> {
            try {
                return upload("/registry/mentees/import", "bankcurator", "application/json", "Большой банк.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8), Map.of("progressId", progressId));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        List<JsonNode> seen = new ArrayList<>();
        await("the import done").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
            Http.Reply answer = curator.get(progressPath);
            if (answer.status() == 200) {
                seen.add(answer.json());
            }
            return uploaded.isDone();
        });

        assertThat(uploaded.get().statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(uploaded.get().body()).path("imported").asInt()).isEqualTo(rows);
        assertThat(seen).as("the watches being started, counted while the import runs").anySatisfy(step -> {
            assertThat(step.path("stage").asText()).contains("30-дневный срок");
            assertThat(step.path("total").asInt()).isEqualTo(rows);
            assertThat(step.path("done").asInt()).isBetween(1, rows - 1);
            assertThat(step.path("finished").asBoolean()).isFalse();
        });
        JsonNode last = curator.get(progressPath).json();
        assertThat(last.path("finished").asBoolean()).isTrue();
        assertThat(last.path("stage").asText()).isEqualTo("Готово");
        assertThat(last.path("percent").asInt()).isEqualTo(100);
        assertThat(new Http(port).as("bankmentor", TestPeople.password("bankmentor")).get(progressPath).status())
                .as("a mentor sees no bank's work").isEqualTo(403);
    }

    @Test
    void aDirectorSeesTheHtmlReportAndAMalformedFileIsOneRussianMessage() throws Exception {
        String csv = "ФИО;Email;Теги\nЩукин Лев;" + DATA.email("lev") + ";#ИКТ\nЩукин Лев;" + DATA.email("lev") + ";\n";
        HttpResponse<String> page = upload("/registry/mentors/import", "bankdirector", "text/html", "mentors.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Банк наставников: загружено строк — 1.",
                "Строка 3: адрес lev.bankuploadhttptest@… уже встречается в строке 2.", "Щукин Лев", "#ИКТ", "0 из 3");

        HttpResponse<String> broken = upload("/registry/mentors/import", "bankdirector", "application/json", "mentors.xlsx",
                "not a workbook".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(broken.body()).path("message").asText()).isEqualTo("Файл повреждён или не является книгой Excel (.xlsx).");
    }

    @Test
    void nobodyWithoutLoginAndNoMentorGetsIn() throws Exception {
        HttpResponse<String> list = client.send(HttpRequest.newBuilder(uri("/registry/mentees")).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(new Http(port).get("/registry").status()).as("a browser is sent to the login page").isEqualTo(302);
        HttpResponse<String> noLogin = upload("/registry/mentees/import", null, "application/json", "a.csv", new byte[] {1}, Map.of());
        assertThat(noLogin.statusCode()).isEqualTo(401);

        Http mentor = new Http(port).as("bankmentor", TestPeople.password("bankmentor"));
        Http.Reply page = mentor.get("/registry");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.json().path("message").asText())
                .isEqualTo("Банки наставников и наставляемых доступны только куратору, директору и администратору.");
        HttpResponse<String> upload = upload("/registry/mentees/import", "bankmentor", "application/json", "a.csv",
                ("ФИО;Email;Дата начала работы\nХакер;" + DATA.email("hacker") + ";01.09.2025\n").getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(mentees.list()).extracting(Mentee::email).doesNotContain(DATA.email("hacker"));
    }

    @Test
    void aBrowserPostNeedsThePagesTokenAndOurOrigin() throws Exception {
        loginToTasklist("bankcurator");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/registry")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Банки наставников и наставляемых", "Скачать шаблон", "Загрузить наставляемых");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        byte[] csv = ("ФИО;Email;Дата начала работы\nЛапина Ева;" + DATA.email("eva") + ";01.09.2025\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> withoutToken = upload("/registry/mentees/import", null, "application/json", "a.csv", csv, Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(withoutToken.body()).path("message").asText()).startsWith("Форма устарела или отправлена с другого сайта");
        HttpResponse<String> crossSite = upload("/registry/mentees/import", null, "application/json", "a.csv", csv,
                Map.of("_csrf", token.group(1)), "http://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(mentees.list()).extracting(Mentee::email).doesNotContain(DATA.email("eva"));

        HttpResponse<String> accepted = upload("/registry/mentees/import", null, "text/html", "a.csv", csv,
                Map.of("_csrf", token.group(1)), "http://localhost:" + port);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("Банк наставляемых: загружено строк — 1.");
    }

    @Test
    void bankFilesUpToOneHundredMegabytesReachTheImport(@Autowired MultipartConfigElement uploads) {
        assertThat(uploads.getMaxFileSize()).isEqualTo(100L * 1024 * 1024);
    }

    @Test
    void theTemplatesOpenRightInRussianExcel() {
        Http curator = new Http(port).as("bankcurator", TestPeople.password("bankcurator"));
        Http.Reply mentees = curator.get("/registry/templates/mentees.csv");
        assertThat(mentees.status()).isEqualTo(200);
        assertThat(mentees.body()).isEqualTo("\uFEFFФИО;Email;Телефон;Год рождения;Основной запрос;Предмет;Дата начала работы;"
                + "Стаж (лет);Дата вхождения в программу\r\n");
        assertThat(curator.get("/registry/templates/mentors.csv").body()).isEqualTo("\uFEFFФИО;Email;Телефон;Место работы;"
                + "Компетенции;Теги;Достижения;Интересы;Желаемый профиль наставляемого;Часов в месяц;Дата вхождения\r\n");
    }

    private HttpResponse<String> upload(String path, String user, String accept, String fileName, byte[] content,
                                        Map<String, String> fields) throws IOException, InterruptedException {
        return upload(path, user, accept, fileName, content, fields, null);
    }

    private HttpResponse<String> upload(String path, String user, String accept, String fileName, byte[] content,
                                        Map<String, String> fields, String origin) throws IOException, InterruptedException {
        String boundary = "----nastavnik" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestPeople.password(user)).getBytes(StandardCharsets.UTF_8)));
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void loginToTasklist(String user) throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, second) -> second).orElseThrow();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + TestPeople.password(user)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
