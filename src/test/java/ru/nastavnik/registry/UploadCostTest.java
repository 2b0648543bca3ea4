package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ru.nastavnik.common.Refused;
import ru.nastavnik.support.ZipBomb;

/**
 * The uploads that cost far more than their size, read as the bank import reads them: a 3 MB book of
 * 10,000 rows × 59 cells, a 4 MB CSV of 1,000,000 columns, a zip bomb. Prints the heap and time each took (the figures
 * in docs/security.md); asserts only what the curator sees.
 */
@Tag("integration") // measures heap and time of big uploads (seconds each): mvn verify
class UploadCostTest {

    @Test
    void readsABookOfTenThousandRowsOfFiftyNineCellsAsAStream() throws IOException {
        byte[] book = wideBook(10_000, 59);

        Table table = measured("XLSX " + book.length / 1024 + " KB, 10,000 rows x 59 cells", () -> Tables.read("bank.xlsx", book));

        assertThat(table.rows()).hasSize(10_000);
        assertThat(table.header()).hasSize(59);
        assertThat(table.rows().get(9_999).cell(0)).isEqualTo("Учитель 9999");
    }

    @Test
    void refusesACsvOfAMillionColumnsAtOnceInRussian() {
        StringBuilder csv = new StringBuilder("ФИО;Email;Дата начала работы");
        for (int i = 0; i < 1_000_000; i++) {
            csv.append(";c").append(i % 10);
        }
        byte[] content = csv.append("\r\nИванова;ivanova@school.example;01.09.2025\r\n").toString().getBytes(StandardCharsets.UTF_8);

        Throwable refusal = measured("CSV " + content.length / 1024 + " KB, 1,000,000 columns",
                () -> catchThrowable(() -> Column.locate(MenteeColumns.ALL, Tables.read("bank.csv", content), new ArrayList<>())));

        assertThat(refusal).isInstanceOf(Refused.class).hasMessage(Tables.tooManyColumns(1));
    }

    @Test
    void warnsOfManyUnknownColumnsOnceWithTheirCount() {
        StringBuilder csv = new StringBuilder("ФИО;Email;Дата начала работы");
        for (int i = 0; i < 150; i++) {
            csv.append(";Поле ").append(i);
        }
        Table table = Tables.read("bank.csv", csv.append("\r\nИванова;ivanova@school.example;01.09.2025\r\n")
                .toString().getBytes(StandardCharsets.UTF_8));
        List<String> warnings = new ArrayList<>();

        Column.locate(MenteeColumns.ALL, table, warnings);

        assertThat(warnings).hasSize(6).startsWith("Столбец «Поле 0» не распознан и пропущен.")
                .endsWith("Ещё 145 столбцов не распознаны и пропущены.");
    }

    @Test
    void refusesACellLongerThanExcelHoldsAndABookThatUnpacksIntoGigabytes() throws IOException {
        byte[] longCell = ("ФИО;Email;Дата начала работы\r\n" + "я".repeat(40_000) + ";a@b.example;01.09.2025\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowable(() -> Tables.read("bank.csv", longCell))).hasMessage(Tables.cellTooLong(2));

        byte[] content = ZipBomb.oneGigabyteSheet();
        Throwable refusal = measured("zip bomb " + content.length / 1024 + " KB, 1 GB unpacked",
                () -> catchThrowable(() -> Tables.read("bank.xlsx", content)));
        assertThat(refusal).isInstanceOf(Refused.class).hasMessage(XlsxTable.BOMB);
    }

    static byte[] wideBook(int rows, int cells) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, true, true); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Наставляемые");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("ФИО");
            header.createCell(1).setCellValue("Email");
            header.createCell(2).setCellValue("Дата начала работы");
            for (int c = 3; c < cells; c++) {
                header.createCell(c).setCellValue("Поле " + c);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Учитель " + (r - 1));
                row.createCell(1).setCellValue("t" + r + "@school.example");
                row.createCell(2).setCellValue("01.09.2025");
                for (int c = 3; c < cells; c++) {
                    row.createCell(c).setCellValue("значение " + r + "-" + c);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Runs the read, printing its time, the most heap in use meanwhile above what was in use before (garbage included),
     * the bytes it allocated and what its result holds after a collection.
     */
    static <T> T measured(String what, Supplier<T> read) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        // the heap in use sampled every 2 ms while the read runs
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 2, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        T result = null;
        try {
            result = read.get();
            return result;
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.shutdownNow();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - before;
            System.out.printf("UPLOAD COST %s: %d ms, peak heap +%d MB, allocated %d MB, result holds %d MB (%s)%n", what, millis,
                    (peak.get() - before) / 1024 / 1024, allocated / 1024 / 1024, retained / 1024 / 1024,
                    result == null ? "-" : result.getClass().getSimpleName());
        }
    }
}
