package ru.nastavnik.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The final report of a programme as a DOCX: the school, the year, the key figures against their targets, the cases. */
final class FinalReport {

    private static final String FONT = "Times New Roman";

    static byte[] render(String schoolName, String schoolYear, ProgrammeKpis kpis, String successfulCases) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text(document, schoolName, true, ParagraphAlignment.CENTER);
            text(document, "Итоговый отчёт о реализации программы наставничества педагогических работников", true, ParagraphAlignment.CENTER);
            text(document, "Учебный год " + schoolYear, false, ParagraphAlignment.CENTER);
            text(document, "Показатели эффективности", true, ParagraphAlignment.LEFT);
            XWPFTable table = document.createTable();
            fill(table.getRow(0), List.of("Показатель", "Значение", "Цель", "Выполнено"), true);
            for (List<String> row : kpis.rows()) {
                fill(table.createRow(), row, false);
            }
            if (successfulCases != null && !successfulCases.isBlank()) {
                text(document, "Успешные практики", true, ParagraphAlignment.LEFT);
                for (String line : successfulCases.split("\\R")) {
                    text(document, line, false, ParagraphAlignment.BOTH);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Final report could not be written", e);
        }
    }

    private static void text(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = (i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell()).getParagraphs().get(0);
            run(paragraph, cells.get(i), header);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setBold(bold);
        run.setText(text);
    }

    private FinalReport() {
    }
}
