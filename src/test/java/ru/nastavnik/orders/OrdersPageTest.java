package ru.nastavnik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.support.Http;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.support.TestPeople;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;
import ru.nastavnik.identity.Role;

/** The orders page and the document download, as the director's browser and a mentor's script meet them. */
@NastavnikTest
class OrdersPageTest {

    @Autowired
    Schools schools;

    private static final ClassData DATA = ClassData.of(OrdersPageTest.class);

    @LocalServerPort
    int port;

    @Autowired
    Orders orders;

    @Autowired
    IdentityService identity;

    private IssuedOrder order;
    private int number;

    @BeforeEach
    void anIssuedOrder() {
        TestPeople.ensure(identity, school(), "pagedirector", Role.DIRECTOR, "Смирнова", "Ольга Викторовна");
        TestPeople.ensure(identity, school(), "pagecurator", Role.CURATOR, "Кузнецова", "Марина Игоревна");
        TestPeople.ensure(identity, school(), "pagementor", Role.MENTOR, "Иванов", "Сергей Петрович");
        // a wrong password delays this person's next logins, so nobody else types one
        TestPeople.ensure(identity, school(), "pagelocked", Role.DIRECTOR, "Осипова", "Вера Романовна");
        order = orders.issue(new OrderRequest(OrderKind.APPOINT_CURATOR, DATA.school("Школа страницы приказов"),
                "2026/2027", LocalDate.of(2026, 9, 1), List.of("1. Назначить куратором программы наставничества Кузнецову М. И."),
                null, "Смирнова Ольга Викторовна", null));
        number = orders.sign(order.id(), "pagedirector");
    }

    @Test
    void theDirectorDownloadsTheOrderAsADocxNamedInRussian() throws Exception {
        HttpResponse<byte[]> reply = download(order.id(), "pagedirector", TestPeople.password("pagedirector"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String numberInName = String.valueOf(number);
        assertThat(reply.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"order-" + numberInName + ".docx\"; filename*=UTF-8''"
                        + "%D0%9F%D1%80%D0%B8%D0%BA%D0%B0%D0%B7%20%E2%84%96%20" + numberInName + ".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(reply.body()))) {
            assertThat(new XWPFWordExtractor(document).getText())
                    .contains("ПРИКАЗ", "№ " + numberInName, "О назначении куратора программы наставничества");
        }
    }

    @Test
    void theDocumentNeedsAStaffLogin() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders/" + order.id() + "/document")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Войдите в систему");
        assertThat(download(order.id(), "pagelocked", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void aMentorMayNotSeeOrders() {
        Http.Reply document = new Http(port).as("pagementor", TestPeople.password("pagementor")).get("/orders/" + order.id() + "/document");
        Http.Reply list = new Http(port).as("pagementor", TestPeople.password("pagementor")).get("/orders");

        assertThat(document.status()).isEqualTo(403);
        assertThat(document.body()).contains("Приказы доступны директору");
        assertThat(list.status()).isEqualTo(403);
    }

    @Test
    void anUnknownOrderIsNotFoundInRussian() {
        Http.Reply reply = new Http(port).as("pagedirector", TestPeople.password("pagedirector")).get("/orders/no-such-order/document");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("Приказ не найден.").doesNotContain("Exception");
    }

    @Test
    void theOrdersPageListsOrdersInRussianNewestFirst() {
        IssuedOrder newer = orders.issue(new OrderRequest(OrderKind.APPROVE_ROADMAP, DATA.school("Школа новых приказов"),
                "2026/2027", LocalDate.of(2099, 1, 1), List.of("1. Утвердить дорожную карту."), null, null, null));
        orders.sign(newer.id(), "pagedirector");
        IssuedOrder draft = orders.issue(new OrderRequest(OrderKind.APPROVE_REGULATIONS, DATA.school("Школа проектов приказов"),
                "2026/2027", LocalDate.of(2026, 9, 1), List.of("1. Утвердить положение."), null, null, null));

        Http.Reply page = new Http(port).as("pagecurator", TestPeople.password("pagecurator")).get("/orders");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Приказы", "«О назначении куратора программы наставничества»", "Проект",
                "Подписан", LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "/orders/" + order.id() + "/document", "/orders/" + draft.id() + "/document", "Скачать (DOCX)");
        assertThat(page.body().indexOf("/orders/" + newer.id())).isLessThan(page.body().indexOf("/orders/" + order.id()));
    }

    private HttpResponse<byte[]> download(String id, String user, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders/" + id + "/document"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** This class's school: its instances and people are there. */
    private School school() {
        return TestSchools.of(schools, ClassData.of(getClass()));
    }
}
