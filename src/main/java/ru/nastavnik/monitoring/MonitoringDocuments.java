package ru.nastavnik.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.nastavnik.common.ExcelCsv;
import ru.nastavnik.common.RussianDates;
import ru.nastavnik.common.SpreadsheetText;
import ru.nastavnik.common.WordDocument;

/** The monitoring report (DOCX) and its raw figures (CSV for Excel, XLSX); no value of them runs as a formula. */
final class MonitoringDocuments {

    static final List<String> HEADER = List.of("Показатель", "Значение", "Цель", "Выполнено");

    /** What one report is about: a round (with its SWOT) or the figures of today (without). */
    record Subject(String title, LocalDate date, KpiSnapshot figures, MonitoringRounds.Swot swot, String review) { }

    static byte[] report(Subject subject, List<MentorRating> rating, List<SuccessCases.SuccessCase> cases) {
        KpiSnapshot figures = subject.figures();
        WordDocument document = new WordDocument()
                .title(figures.schoolName())
                .title("Отчёт о мониторинге реализации программы наставничества педагогических работников")
                .centered(subject.title() + ", учебный год " + figures.schoolYear() + ", год реализации целевой модели "
                        + figures.implementationYear())
                .centered("Показатели на " + RussianDates.format(subject.date()))
                .heading("1. Показатели эффективности")
                .table(HEADER, figures.figures().stream().map(KpiSnapshot.Figure::cells).toList());
        MonitoringRounds.Swot swot = subject.swot();
        if (swot != null && swot.strengths() != null) {
            document.heading("2. SWOT-анализ программы наставничества (куратор)")
                    .table(List.of("Факторы", "Позитивные", "Негативные"), List.of(
                            List.of("Внутренние", "Сильные стороны:\n" + swot.strengths(), "Слабые стороны:\n" + swot.weaknesses()),
                            List.of("Внешние", "Возможности:\n" + swot.opportunities(), "Угрозы:\n" + swot.threats())));
        }
        if (subject.review() != null) {
            document.text(subject.review());
        }
        document.heading("3. Рейтинг наставников");
        if (rating.isEmpty()) {
            document.text("Рейтинга пока нет: нет наставнических пар.");
        } else {
            document.table(List.of("Место", "Наставник", "Пар", "Средняя оценка наставляемых", "Успешно завершили", "Баллы", "Уровень"),
                    rating.stream().map(row -> List.of(String.valueOf(rating.indexOf(row) + 1), row.mentorName(),
                            String.valueOf(row.pairs()), row.meanText(), String.valueOf(row.successfulMentees()),
                            String.valueOf(row.points()), row.level())).toList());
        }
        document.heading("4. Банк успешных практик");
        if (cases.isEmpty()) {
            document.text("Успешные практики пока не описаны (куратор заполняет их на итоговом мероприятии, этап 6).");
        }
        for (SuccessCases.SuccessCase item : cases) {
            document.heading(item.title() + " (" + item.schoolYear() + ")").text(item.description());
        }
        return document.bytes();
    }

    static byte[] csv(KpiSnapshot figures) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("Учебный год", figures.schoolYear(), "Школа", figures.schoolName()));
        records.add(HEADER);
        figures.figures().forEach(figure -> records.add(figure.cells()));
        return ExcelCsv.of(records);
    }

    static byte[] xlsx(KpiSnapshot figures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Показатели " + figures.schoolYear().replace('/', '-'));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            Row school = sheet.createRow(0);
            cell(school, 0, figures.schoolName() + ", учебный год " + figures.schoolYear(), text);
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            List<KpiSnapshot.Figure> rows = figures.figures();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<String> cells = rows.get(r).cells();
                for (int i = 0; i < cells.size(); i++) {
                    cell(row, i, cells.get(i), text);
                }
            }
            sheet.setColumnWidth(0, 90 * 256);
            sheet.setColumnWidth(1, 24 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The figures could not be written as XLSX", e);
        }
    }

    /** Excel's own «text» mark (the quote prefix, not shown) on a value that would otherwise start like a formula. */
    private static void cell(Row row, int column, String value, CellStyle text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (SpreadsheetText.startsLikeFormula(value)) {
            cell.setCellStyle(text);
        }
    }

    private MonitoringDocuments() {
    }
}
