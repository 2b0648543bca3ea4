package ru.nastavnik.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The printed order reads as a Russian school order: opened again with POI, as Word or LibreOffice would open it. */
class OrderDocumentTest {

    private static final LocalDate FIRST_OF_SEPTEMBER = LocalDate.of(2026, 9, 1);

    @Test
    void anOrderForFormingPairsPrintsItsHeadingTitleBodyPairsAndSignature() throws IOException {
        OrderFacts facts = new OrderFacts(Map.of(
                "schoolName", "МБОУ «Средняя школа № 1»",
                "schoolYear", "2026/2027",
                "curator", "curator",
                "pairs", List.of(
                        Map.of("mentorName", "Иванов Сергей Петрович", "menteeNames", List.of("Орлова Дарья Андреевна"),
                                "months", 9, "form", "teacherTeacher"),
                        Map.of("mentorName", "Павлова Анна Дмитриевна",
                                "menteeNames", List.of("Белов Илья Олегович", "Зайцева Юлия Игоревна"), "months", 12, "form", "group"))),
                id -> "Кузнецова Марина Игоревна", FIRST_OF_SEPTEMBER);
        OrderRequest request = new OrderRequest(OrderKind.FORM_PAIRS, facts.schoolName(), facts.schoolYear(), FIRST_OF_SEPTEMBER,
                OrderWording.paragraphs(OrderKind.FORM_PAIRS, facts), OrderWording.table(OrderKind.FORM_PAIRS, facts),
                "Смирнова Ольга Викторовна", null);

        byte[] docx = OrderDocument.render(request, 5);
        keepForLooking(docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("МБОУ «Средняя школа № 1»");
            assertThat(paragraphs.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(paragraphs.get(1).getText()).isEqualTo("ПРИКАЗ");
            assertThat(paragraphs.get(2).getText()).isEqualTo("01.09.2026\t№ 5");
            assertThat(paragraphs.get(3).getText()).isEqualTo("О формировании наставнических пар (групп)");
            assertThat(paragraphs.get(3).getRuns().get(0).isBold()).isTrue();
            assertThat(paragraphs.get(3).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
            assertThat(paragraphs.get(3).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(paragraphs.get(4).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);

            XWPFTable pairs = document.getTables().get(0);
            assertThat(pairs.getRows()).hasSize(3);
            assertThat(pairs.getRow(0).getCell(1).getText()).isEqualTo("Наставник");
            assertThat(pairs.getRow(1).getCell(1).getText()).isEqualTo("Иванов Сергей Петрович");
            assertThat(pairs.getRow(1).getCell(3).getText()).isEqualTo("педагог — педагог");
            assertThat(pairs.getRow(2).getCell(2).getText()).isEqualTo("Белов Илья Олегович, Зайцева Юлия Игоревна");
            assertThat(pairs.getRow(2).getCell(4).getText()).isEqualTo("12");

            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("ПРИКАЗЫВАЮ:",
                    "1. Сформировать наставнические пары (группы) на 2026/2027 учебный год",
                    "Куратору программы наставничества Кузнецова Марина Игоревна",
                    "Контроль за исполнением настоящего приказа оставляю за собой.",
                    "Директор\t____________ О. В. Смирнова");
        }
    }

    @Test
    void everyKindOfOrderIsWordedEvenWithoutAnyProcessVariables() throws IOException {
        for (OrderKind kind : OrderKind.values()) {
            OrderFacts nothingKnown = new OrderFacts(Map.of(), id -> id, FIRST_OF_SEPTEMBER);
            OrderRequest request = new OrderRequest(kind, nothingKnown.schoolName(), nothingKnown.schoolYear(),
                    FIRST_OF_SEPTEMBER, OrderWording.paragraphs(kind, nothingKnown), OrderWording.table(kind, nothingKnown),
                    null, null);

            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(OrderDocument.render(request, 1)))) {
                String text = new XWPFWordExtractor(document).getText();
                assertThat(text).as(kind.name()).contains(kind.title(), "ПРИКАЗЫВАЮ:", "Директор\t____________")
                        .doesNotContain("null");
            }
        }
    }

    @Test
    void theSignatureShowsInitialsBeforeTheSurname() {
        assertThat(OrderDocument.shortName("Смирнова Ольга Викторовна")).isEqualTo("О. В. Смирнова");
        assertThat(OrderDocument.shortName("Смирнова Ольга")).isEqualTo("О. Смирнова");
        assertThat(OrderDocument.shortName(null)).isEmpty();
    }

    /** For a look in LibreOffice: target/orders/form-pairs.docx. */
    private static void keepForLooking(byte[] docx) throws IOException {
        Path file = Path.of("target", "orders", "form-pairs.docx");
        Files.createDirectories(file.getParent());
        Files.write(file, docx);
    }
}
