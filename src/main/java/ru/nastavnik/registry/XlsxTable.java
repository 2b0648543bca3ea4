package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import ru.nastavnik.common.Refused;

/**
 * The first sheet of an XLSX book, read as a stream (POI's event API: the sheet's XML goes by once, no cell objects),
 * so memory grows with the rows kept, not with the workbook. Before anything is parsed, the book's unpacked size is
 * measured (a zip bomb is refused); while the sheet is read, too many columns or too long a cell refuse the file, and
 * reading stops past twice the row limit. Real Excel dates become ISO dates, whole numbers lose their «.0».
 */
final class XlsxTable {

    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /** Unpacked to packed, for a book of more than a few megabytes: POI's own zip-bomb ratio. */
    static final int MAX_RATIO = 100;
    static final String BROKEN = "Файл повреждён или не является книгой Excel (.xlsx).";
    static final String BOMB = "Книга Excel в распакованном виде больше " + MAX_UNPACKED_BYTES / 1024 / 1024
            + " МБ или сжата подозрительно сильно: такой файл не читается. Сохраните таблицу заново или разделите её.";

    private XlsxTable() {
    }

    static Table read(byte[] content) {
        measureUnpacked(content);
        Path file = null;
        try {
            file = Files.createTempFile("nastavnik-bank-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage book = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(book);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new Refused(INVALID, Tables.EMPTY);
                }
                SheetRows rows = new SheetRows(sharedTexts(reader), reader.getStylesTable(), date1904(reader));
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(rows);
                    xml.parse(new InputSource(sheet));
                } catch (EnoughRows enough) {
                    // the row limit refuses the file: the rest need not be read
                } catch (SAXException e) {
                    if (!(e.getException() instanceof EnoughRows)) {
                        throw e;
                    }
                }
                return rows.table();
            }
        } catch (Refused e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof Refused refusal) {
                throw refusal;
            }
            throw new Refused(INVALID, BROKEN);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI reports broken books with many exception types; the user needs one answer
            throw new Refused(INVALID, BROKEN);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Whether the book counts its dates from 1904 (old Mac Excel), read from workbook.xml's «workbookPr». */
    private static boolean date1904(XSSFReader reader) throws IOException, SAXException, ParserConfigurationException {
        boolean[] from1904 = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        from1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        } catch (InvalidFormatException e) {
            throw new Refused(INVALID, BROKEN);
        }
        return from1904[0];
    }

    /** The book's shared strings as plain text (POI's table makes a rich-text object of each cell it is asked for). */
    private static List<String> sharedTexts(XSSFReader reader) throws IOException, SAXException, ParserConfigurationException {
        SharedTexts texts = new SharedTexts();
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | RuntimeException noSharedStrings) {
            return texts.all;
        }
        if (data != null) {
            try (InputStream in = data) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(texts);
                xml.parse(new InputSource(in));
            }
        }
        return texts.all;
    }

    /** «si» items of sharedStrings.xml: the text of their «t» elements, phonetic runs («rPh») left out. */
    private static final class SharedTexts extends DefaultHandler {

        private final List<String> all = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
                if (text.length() > Tables.MAX_CELL_CHARS) {
                    throw new Refused(INVALID, Tables.cellTooLong(0).replace("В строке 0 ", "В книге "));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> all.add(text.toString());
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> { }
            }
        }
    }

    /** Unpacks the book once into nothing, counting: a bomb is refused before POI opens anything. */
    static void measureUnpacked(byte[] content) {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        // Commons Compress (POI's own), as Excel and POI write entries java.util.zip cannot stream (stored, with descriptors)
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null) {
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES
                            || unpacked > 16L * 1024 * 1024 && unpacked > (long) content.length * MAX_RATIO) {
                        throw new Refused(INVALID, BOMB);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused(INVALID, BROKEN);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }

    /** Stops the parser once enough rows are read for the row limit to refuse the file. */
    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }

    /** The sheet's rows as text, from SAX events: rows, cells (with their type and style), values and inline strings. */
    private static final class SheetRows extends DefaultHandler {

        private final List<String> strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private List<String> header;
        private final List<Table.Row> rows = new ArrayList<>();

        private int rowNumber;
        private List<String> cells;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private final StringBuilder value = new StringBuilder();

        SheetRows(List<String> strings, StylesTable styles, boolean date1904) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        Table table() {
            if (header == null) {
                throw new Refused(INVALID, Tables.EMPTY);
            }
            return new Table(header, rows);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? cells.size() : columnOf(reference);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
                if (value.length() > Tables.MAX_CELL_CHARS) {
                    throw new Refused(INVALID, Tables.cellTooLong(rowNumber));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> cell(text());
                case "row" -> row();
                default -> { }
            }
        }

        /** «AB12» → 27: the letters of a cell reference, without POI's regular expression for each cell. */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
                if (column > Tables.MAX_COLUMNS * 100) {
                    break;
                }
            }
            return column - 1;
        }

        private String text() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.get(Integer.parseInt(raw.strip()));
                case "inlineStr", "str" -> raw;
                case "b" -> raw.equals("1") ? "да" : "нет";
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
                default -> "";
            };
        }

        private String number(String raw) {
            double number = Double.parseDouble(raw);
            if (isDateStyle() && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }

        private boolean isDateStyle() {
            if (styles == null) {
                return false;
            }
            int index = style == null ? 0 : Integer.parseInt(style);
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle cellStyle = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }

        private void cell(String text) {
            if (text.length() > Tables.MAX_CELL_CHARS) {
                throw new Refused(INVALID, Tables.cellTooLong(rowNumber));
            }
            if (column >= Tables.MAX_COLUMNS) {
                if (!text.isBlank()) {
                    throw new Refused(INVALID, Tables.tooManyColumns(rowNumber));
                }
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(text);
            } else {
                cells.set(column, text);
            }
        }

        private void row() {
            if (header == null) {
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    header = cells;
                }
                return;
            }
            rows.add(new Table.Row(rowNumber, cells));
            if (rows.size() > Table.MAX_ROWS * 2) {
                throw new EnoughRows();
            }
        }
    }
}
