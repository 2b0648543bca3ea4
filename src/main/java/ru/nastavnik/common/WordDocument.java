package ru.nastavnik.common;

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

/** A report the school prints (DOCX, Times New Roman 12): headings, paragraphs, tables with a bold header row. */
public final class WordDocument {

    private static final String FONT = "Times New Roman";

    private final XWPFDocument document = new XWPFDocument();

    public WordDocument heading(String text) {
        return paragraph(text, true, ParagraphAlignment.LEFT);
    }

    public WordDocument title(String text) {
        return paragraph(text, true, ParagraphAlignment.CENTER);
    }

    public WordDocument centered(String text) {
        return paragraph(text, false, ParagraphAlignment.CENTER);
    }

    /** Each line of the text a justified paragraph. */
    public WordDocument text(String text) {
        for (String line : text.split("\\R")) {
            paragraph(line, false, ParagraphAlignment.BOTH);
        }
        return this;
    }

    public WordDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable();
        fill(table.getRow(0), header, true);
        for (List<String> row : rows) {
            fill(table.createRow(), row, false);
        }
        return this;
    }

    public byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be written", e);
        }
    }

    private WordDocument paragraph(String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
        return this;
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
}
