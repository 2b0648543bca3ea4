package ru.nastavnik.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet of an XLSX book; real Excel dates become ISO dates, whole numbers lose their «.0». */
final class XlsxTable {

    private XlsxTable() {
    }

    static Table read(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw new BankRuleException(Tables.EMPTY);
            }
            Sheet sheet = book.getSheetAt(0);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = cells(row);
                if (header == null) {
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        header = cells;
                    }
                    continue;
                }
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
                if (rows.size() > Table.MAX_ROWS * 2) {
                    break;
                }
            }
            if (header == null) {
                throw new BankRuleException(Tables.EMPTY);
            }
            return new Table(header, rows);
        } catch (BankRuleException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports broken books with many exception types; the user needs one answer
            throw new BankRuleException("Файл повреждён или не является книгой Excel (.xlsx).");
        }
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "да" : "нет";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? LocalDate.from(cell.getLocalDateTimeCellValue()).toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }
}
