package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ru.nastavnik.common.Refused;

/**
 * Reads what schools have into a {@link Table}: XLSX, or CSV in UTF-8 (with or without BOM), UTF-16 (Excel's
 * «Unicode text») or windows-1251 (Russian Excel's «CSV»). Anything else is refused with one Russian message.
 */
public final class Tables {

    static final long MAX_BYTES = 100L * 1024 * 1024;
    static final String TOO_LARGE = "Файл слишком большой (100 МБ или больше). Разделите банк на несколько файлов.";
    static final String EMPTY = "Файл пуст: в нём нет ни заголовка, ни строк.";
    /** Far more than a bank has (about 15): a file wider than this is refused while it is read. */
    static final int MAX_COLUMNS = 200;
    /** What an Excel cell holds at most. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Tables() {
    }

    public static Table read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Refused(INVALID, EMPTY);
        }
        if (content.length >= MAX_BYTES) {
            throw new Refused(INVALID, TOO_LARGE);
        }
        String extension = extensionOf(fileName);
        if (isZip(content)) {
            if (!extension.isEmpty() && !extension.equals("xlsx")) {
                throw new Refused(INVALID, unsupported(fileName));
            }
            return checked(XlsxTable.read(content), "В файле");
        }
        if (isOle2(content)) {
            throw new Refused(INVALID, "Файлы Excel 97–2003 (.xls) и защищённые паролем книги не поддерживаются: "
                    + "сохраните таблицу как «Книга Excel (.xlsx)» или «CSV (разделители — точка с запятой)».");
        }
        if (extension.equals("xlsx")) {
            throw new Refused(INVALID, "Файл повреждён или не является книгой Excel (.xlsx).");
        }
        if (!extension.isEmpty() && !extension.equals("csv") && !extension.equals("txt") && !extension.equals("tsv")) {
            throw new Refused(INVALID, unsupported(fileName));
        }
        String text = decode(content);
        if (!looksLikeText(text)) {
            throw new Refused(INVALID, "Файл не похож на таблицу CSV: в нём двоичные данные. "
                    + "Загрузите файл CSV или XLSX.");
        }
        return checked(CsvText.parse(text), "В файле");
    }

    /** Rows pasted from Excel: tab-separated, with the header row. */
    static Table pasted(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused(INVALID, "Вставленный текст пуст: скопируйте из Excel строки вместе с заголовком.");
        }
        return checked(CsvText.parse(text.startsWith("\uFEFF") ? text.substring(1) : text), "Во вставленном тексте");
    }

    static String tooManyColumns(int row) {
        return "В строке " + row + " больше " + MAX_COLUMNS + " заполненных столбцов: в банке их около пятнадцати. "
                + "Удалите лишние столбцы (или скачайте шаблон) и загрузите файл снова.";
    }

    static String cellTooLong(int row) {
        return "В строке " + row + " ячейка длиннее " + String.format(Locale.ROOT, "%,d", MAX_CELL_CHARS).replace(',', ' ')
                + " символов (больше, чем вмещает ячейка Excel). Проверьте файл.";
    }

    private static Table checked(Table table, String where) {
        long filled = table.rows().stream().filter(row -> !row.blank()).count();
        if (filled == 0) {
            throw new Refused(INVALID, where + " только заголовок: нет ни одной строки с данными.");
        }
        if (filled > Table.MAX_ROWS) {
            throw new Refused(INVALID, where + " больше 20 000 строк (" + filled + "). Разделите таблицу на части.");
        }
        return table.from(where);
    }

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1251);
        }
    }

    /** Text has no control characters other than tabs and line breaks; binary data always has some. */
    private static boolean looksLikeText(String text) {
        int sample = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    private static String unsupported(String fileName) {
        return "Файл «" + fileName + "» не поддерживается: загрузите таблицу CSV или XLSX.";
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isZip(byte[] content) {
        return startsWith(content, 0x50, 0x4B, 0x03, 0x04);
    }

    private static boolean isOle2(byte[] content) {
        return startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
