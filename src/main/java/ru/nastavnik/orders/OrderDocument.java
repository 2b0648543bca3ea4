package ru.nastavnik.orders;

import ru.nastavnik.common.RussianDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * A printable order as Russian schools lay it out: A4, Times New Roman 14 pt, the school at the top,
 * «ПРИКАЗ», the date left and the number right, the bold title, the body, then the director's signature line.
 */
final class OrderDocument {

    private static final String FONT = "Times New Roman";
    private static final int FONT_SIZE = 14;
    private static final int TABLE_FONT_SIZE = 12;
    // A4 with the margins of Russian office documents (ГОСТ Р 7.0.97): 30 mm left, 15 mm right, 20 mm top and bottom
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 850;
    private static final int MARGIN_VERTICAL = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int FIRST_LINE_INDENT = 709;

    private OrderDocument() {
    }

    /** The number is null for a draft, printed «№ ____» until the director signs. */
    static byte[] render(OrderRequest request, Integer number) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            centred(document, request.schoolName(), false, 0);
            centred(document, "ПРИКАЗ", true, 240).setSpacingBefore(360);
            leftAndRight(document, RussianDates.format(request.orderDate()), "№ " + (number == null ? "____" : number)).setSpacingAfter(360);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.LEFT);
            run(title, request.kind().title(), true);
            title.setSpacingAfter(240);
            for (String text : request.paragraphs()) {
                XWPFParagraph body = paragraph(document, ParagraphAlignment.BOTH);
                if (!isHeading(text)) {
                    body.setIndentationFirstLine(FIRST_LINE_INDENT);
                }
                run(body, text, false);
            }
            if (request.table() != null) {
                table(document, request.table());
            }
            leftAndRight(document, "Директор", ("____________ " + shortName(request.signerName())).strip()).setSpacingBefore(720);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the order document", e);
        }
    }

    /** The text of the order without layout, kept beside the document for search and display. */
    static String plainText(OrderRequest request) {
        List<String> lines = new ArrayList<>(request.paragraphs());
        if (request.table() != null) {
            lines.add(String.join(" | ", request.table().headers()));
            request.table().rows().forEach(row -> lines.add(String.join(" | ", row)));
        }
        return String.join("\n", lines);
    }

    /** «Смирнова Ольга Викторовна» → «О. В. Смирнова», as a signature line writes it. */
    static String shortName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            initials.append(parts[i].charAt(0)).append(". ");
        }
        return initials + parts[0];
    }

    /** «ПРИКАЗЫВАЮ:» and similar lines stand at the margin. */
    private static boolean isHeading(String text) {
        return text.equals(text.toUpperCase()) && text.chars().anyMatch(Character::isLetter);
    }

    private static void page(XWPFDocument document) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setTop(BigInteger.valueOf(MARGIN_VERTICAL));
        margins.setBottom(BigInteger.valueOf(MARGIN_VERTICAL));
    }

    private static XWPFParagraph centred(XWPFDocument document, String text, boolean bold, int spacingAfter) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.CENTER);
        run(paragraph, text, bold);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** Left text, then the right text against the right margin through a right-aligned tab stop. */
    private static XWPFParagraph leftAndRight(XWPFDocument document, String left, String right) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.LEFT);
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTTabStop stop = properties.addNewTabs().addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(TEXT_WIDTH));
        XWPFRun run = run(paragraph, left, false);
        run.addTab();
        run.setText(right);
        return paragraph;
    }

    private static void table(XWPFDocument document, OrderTable content) {
        paragraph(document, ParagraphAlignment.LEFT);
        XWPFTable table = document.createTable(content.rows().size() + 1, content.headers().size());
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        int[] widths = columnWidths(content.headers());
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        fill(table.getRow(0), content.headers(), widths, true);
        for (int i = 0; i < content.rows().size(); i++) {
            fill(table.getRow(i + 1), content.rows().get(i), widths, false);
        }
    }

    /** A narrow first column for the row number («№ п/п»), the rest shared equally. */
    private static int[] columnWidths(List<String> headers) {
        int[] widths = new int[headers.size()];
        int numberColumn = headers.get(0).startsWith("№") && headers.size() > 1 ? 850 : 0;
        int others = numberColumn > 0 ? headers.size() - 1 : headers.size();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 && numberColumn > 0 ? numberColumn : (TEXT_WIDTH - numberColumn) / others;
        }
        return widths;
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(widths[i]));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            paragraph.setSpacingAfter(0);
            run(paragraph, cells.get(i), header).setFontSize(TABLE_FONT_SIZE);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(FONT_SIZE);
        run.setBold(bold);
        run.setText(text);
        return run;
    }
}
