package ru.nastavnik.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Russian Excel opens it with a double click: UTF-8 with BOM, «;», CRLF, quoted as RFC 4180 says;
 * every cell goes through {@link SpreadsheetText#neutralised}, so no exported value runs as a formula.
 */
public final class ExcelCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private ExcelCsv() {
    }

    public static byte[] of(List<List<String>> records) {
        StringWriter text = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            for (List<String> record : records) {
                printer.printRecord(record.stream().map(SpreadsheetText::neutralised));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
