package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.common.Refused;
import ru.nastavnik.support.ClassData;
import ru.nastavnik.support.NastavnikTest;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestSchools;

/** The mentee bank filled from the files schools have: good rows saved, bad rows reported in Russian and not saved. */
@NastavnikTest
class MenteeBankImportTest {

    @Autowired
    Schools schools;

    /** The school this class's rows belong to (support.TestSchools). */
    private String schoolId() {
        return TestSchools.of(schools, DATA).id();
    }

    /** Today where the school is: the bank dates its records in the school's time zone. */
    private LocalDate schoolToday() {
        return LocalDate.now(TestSchools.of(schools, DATA).timeZone());
    }

    @Autowired
    MenteeBank bank;

    private static final ClassData DATA = ClassData.of(MenteeBankImportTest.class);

    private static String email(String name) {
        return DATA.email(name);
    }

    @Test
    void importsAGoodCsvAsRussianExcelWritesIt() {
        String csv = "\uFEFFФИО;Email;Телефон;Год рождения;Основной запрос;Предмет;Дата начала работы;Стаж (лет);Дата вхождения в программу\r\n"
                + "Иванова Анна Сергеевна;" + email("Anna.Ivanova") + ";+7 900 123-45-67;1999;Дисциплина на уроке;Математика;01.09.2025;1;15.09.2025\r\n"
                + "Петров Илья;" + email("petrov") + ";;2000;<b>Оценивание</b>;Физика;2025-08-25;0;\r\n";

        ImportReport report = bank.importFile(schoolId(), "Банк.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        Mentee ivanova = byEmail(email("anna.ivanova"));
        assertThat(ivanova.fullName()).isEqualTo("Иванова Анна Сергеевна");
        assertThat(ivanova.phone()).isEqualTo("+7 900 123-45-67");
        assertThat(ivanova.birthYear()).isEqualTo(1999);
        assertThat(ivanova.subject()).isEqualTo("Математика");
        assertThat(ivanova.workStartDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(ivanova.experienceYears()).isEqualTo(1);
        assertThat(ivanova.entryDate()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(ivanova.status()).isEqualTo(MenteeStatus.WAITING);
        assertThat(ivanova.completed()).isFalse();
        Mentee petrov = byEmail(email("petrov"));
        assertThat(petrov.mainRequest()).as("text is stored as given").isEqualTo("<b>Оценивание</b>");
        assertThat(petrov.phone()).isNull();
        assertThat(petrov.entryDate()).as("entry date defaults to the day of import").isEqualTo(schoolToday());
    }

    @Test
    void readsCommaSeparatedQuotedFieldsWithCommasAndLineBreaksAndMatchesHeadersLoosely() {
        String csv = "  фио  ,ЭЛ. ПОЧТА,Основной   запрос,Дата начала работы:,Отдел\n"
                + "\"Орлова, Мария\"," + email("orlova") + ",\"Первая строка\nвторая, с запятой и \"\"кавычками\"\"\",1.9.2025,Кафедра\n";

        ImportReport report = bank.importFile(schoolId(), "bank.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.warnings()).containsExactly("Столбец «Отдел» не распознан и пропущен.");
        Mentee orlova = byEmail(email("orlova"));
        assertThat(orlova.fullName()).isEqualTo("Орлова, Мария");
        assertThat(orlova.mainRequest()).isEqualTo("Первая строка\nвторая, с запятой и \"кавычками\"");
    }

    @Test
    void importsAGoodXlsxWithRealExcelDatesAndTextDates() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Наставляемые");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row header = sheet.createRow(0);
            String[] titles = {"ФИО", "Эл. почта", "Год рождения", "Дата начала работы", "Стаж (лет)", "Телефон"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Смирнов Олег");
            first.createCell(1).setCellValue(email("smirnov"));
            first.createCell(2).setCellValue(1998);
            first.createCell(3).setCellValue(LocalDate.of(2025, 9, 1));
            first.getCell(3).setCellStyle(date);
            first.createCell(4).setCellValue(2);
            first.createCell(5).setCellValue(79001234567d);
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("Белова Ника");
            second.createCell(1).setCellValue(email("belova"));
            second.createCell(3).setCellValue("02.09.2025");
            book.write(out);
            xlsx = out.toByteArray();
        }

        ImportReport report = bank.importFile(schoolId(), "Наставляемые.xlsx", xlsx);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        Mentee smirnov = byEmail(email("smirnov"));
        assertThat(smirnov.workStartDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(smirnov.birthYear()).isEqualTo(1998);
        assertThat(smirnov.phone()).isEqualTo("79001234567");
        assertThat(byEmail(email("belova")).workStartDate()).isEqualTo(LocalDate.of(2025, 9, 2));
    }

    @Test
    void savesTheGoodRowsOfAPartlyBadFileAndReportsEveryBadRowInRussian() {
        String csv = "ФИО;Email;Год рождения;Дата начала работы;Основной запрос\n"
                + "Иванова Анна;" + email("ivanova") + ";1999;01.09.2025;\n"
                + ";" + email("noname") + ";1999;01.09.2025;\n"
                + "Петров Илья;petrov-at-school;1999;01.09.2025;\n"
                + "Сидоров Пётр;" + email("sidorov") + ";1890;01.09.2025;\n"
                + "Иванова Анна (дубль);" + email("IVANOVA") + ";1999;01.09.2025;\n"
                + "Козлов Иван;" + email("kozlov") + ";1999;01.09.2099;\n"
                + "Зайцева Ольга;" + email("zaitseva") + ";девяносто;32.13.2025;\n"
                + ";;;;\n"
                + "Лебедев Глеб;" + email("lebedev") + ";2001;01.09.2025;" + "я".repeat(4001) + "\n"
                + "Морозова Ия;" + email("morozova") + ";2001;01.09.2025;\n";

        ImportReport report = bank.importFile(schoolId(), "bank.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RowProblem::row).containsExactly(3, 4, 5, 6, 7, 8, 10);
        assertThat(report.problems()).containsExactly(
                "Строка 3: не заполнено «ФИО».",
                "Строка 4: «Email» — не адрес электронной почты.",
                "Строка 5: «Год рождения» 1890 — вне допустимого диапазона.",
                "Строка 6: адрес ivanova.menteebankimporttest@… уже встречается в строке 2.",
                "Строка 7: «Дата начала работы» 01.09.2099 — позже сегодняшнего дня.",
                "Строка 8: «Год рождения» «девяносто» — не целое число.",
                "Строка 8: «Дата начала работы» «32.13.2025» — не дата (нужно ДД.ММ.ГГГГ).",
                "Строка 10: «Основной запрос» длиннее 4000 символов.");
        List<String> saved = bank.list(schoolId()).stream().map(Mentee::email).filter(List.of(email("ivanova"), email("noname"),
                email("sidorov"), email("kozlov"), email("zaitseva"), email("lebedev"), email("morozova"))::contains).toList();
        assertThat(saved).containsExactlyInAnyOrder(email("ivanova"), email("morozova"));

        ImportReport again = bank.importFile(schoolId(), "bank.csv", ("ФИО;Email;Дата начала работы\nИванова Анна;" + email("ivanova")
                + ";01.09.2025\n").getBytes(StandardCharsets.UTF_8));
        assertThat(again.imported()).isZero();
        assertThat(again.problems()).containsExactly(
                "Строка 2: наставляемый с адресом ivanova.menteebankimporttest@… уже есть в банке.");
    }

    @Test
    void decodesAWindows1251CsvAsRussianExcelSavesIt() {
        String csv = "ФИО;Email;Дата начала работы;Предмет\r\nЁлкина Юлия;" + email("yolkina") + ";01.09.2025;Русский язык\r\n";

        ImportReport report = bank.importFile(schoolId(), "bank.csv", csv.getBytes(Charset.forName("windows-1251")));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(byEmail(email("yolkina")).fullName()).isEqualTo("Ёлкина Юлия");
        assertThat(byEmail(email("yolkina")).subject()).isEqualTo("Русский язык");
    }

    @Test
    void refusesMalformedFilesWithOneRussianMessageAndSavesNothing() {
        int before = bank.size(schoolId());
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0;
        byte[] brokenXlsx = "PK\u0003\u0004 this is no workbook".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused("bank.csv", garbage, "Файл не похож на таблицу CSV: в нём двоичные данные. Загрузите файл CSV или XLSX.");
        assertRefused("bank.xlsx", brokenXlsx, "Файл повреждён или не является книгой Excel (.xlsx).");
        assertRefused("bank.xlsx", "ФИО;Email".getBytes(StandardCharsets.UTF_8), "Файл повреждён или не является книгой Excel (.xlsx).");
        assertRefused("bank.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "Файл «bank.pdf» не поддерживается: загрузите таблицу CSV или XLSX.");
        assertRefused("bank.csv", new byte[0], "Файл пуст: в нём нет ни заголовка, ни строк.");
        assertRefused("bank.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8), "Файл пуст: в нём нет ни заголовка, ни строк.");
        assertRefused("bank.csv", "ФИО;Email;Дата начала работы\r\n;;\r\n".getBytes(StandardCharsets.UTF_8),
                "В файле только заголовок: нет ни одной строки с данными.");
        assertRefused("bank.csv", ("ФИО;Почта\r\nИванова;" + email("x") + "\r\n").getBytes(StandardCharsets.UTF_8),
                "В файле нет обязательного столбца «Дата начала работы».");
        assertRefused("bank.csv", ("Имя;Телефон\r\nИванова;1\r\n").getBytes(StandardCharsets.UTF_8),
                "В файле нет обязательного столбца «ФИО». В файле нет обязательного столбца «Email». "
                        + "В файле нет обязательного столбца «Дата начала работы».");
        assertThat(bank.size(schoolId())).isEqualTo(before);
    }

    @Test
    void refusesAFileOfMoreThanTwentyThousandRowsOrOfOneHundredMegabytes() {
        StringBuilder csv = new StringBuilder("ФИО;Email;Дата начала работы\n");
        for (int i = 0; i < 20_001; i++) {
            csv.append("Учитель ").append(i).append(';').append(email("t" + i)).append(";01.09.2025\n");
        }
        assertRefused("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "В файле больше 20 000 строк (20001). Разделите таблицу на части.");
        assertRefused("huge.csv", new byte[100 * 1024 * 1024],
                "Файл слишком большой (100 МБ или больше). Разделите банк на несколько файлов.");
        assertThat(bank.list(schoolId())).noneMatch(mentee -> mentee.email().equals(email("t0")));
    }

    @Test
    void importsRowsPastedFromExcelAndChecksThemWithoutSavingOnRequest() {
        String pasted = "ФИО\tEmail\tДата начала работы\n"
                + "Гусева Нина\t" + email("guseva") + "\t01.09.2025\n"
                + "Ершов Ян\t" + email("ershov") + "\t\n";

        ImportReport dryRun = bank.checkPasted(schoolId(), pasted);
        assertThat(dryRun.imported()).isEqualTo(1);
        assertThat(dryRun.problems()).containsExactly("Строка 3: не заполнено «Дата начала работы».");
        assertThat(bank.list(schoolId())).noneMatch(mentee -> mentee.email().equals(email("guseva")));

        ImportReport report = bank.importPasted(schoolId(), pasted);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(byEmail(email("guseva")).fullName()).isEqualTo("Гусева Нина");
    }

    @Test
    void addsOneMenteeFromAFormAndRefusesABadOneInWholeSentences() {
        Mentee added = bank.add(schoolId(), new NewMentee("Фомина Вера", email("fomina"), null, 1997, "Работа с родителями",
                "История", LocalDate.of(2025, 9, 1), 0, null));
        assertThat(bank.find(schoolId(), added.id())).contains(added);
        assertThat(added.entryDate()).isEqualTo(schoolToday());

        assertThatThrownBy(() -> bank.add(schoolId(), new NewMentee(" ", "fomina", null, 1890, null, null, null, null, null)))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems()).asList().containsExactly(
                        "Не заполнено «ФИО».",
                        "«Email» — не адрес электронной почты.",
                        "«Год рождения» 1890 — вне допустимого диапазона.",
                        "Не заполнено «Дата начала работы».");
        assertThatThrownBy(() -> bank.add(schoolId(), new NewMentee("Фомина Вера", email("FOMINA"), null, null, null, null,
                LocalDate.of(2025, 9, 1), null, null)))
                .hasMessage("Наставляемый с адресом fomina.menteebankimporttest@… уже есть в банке.");
    }

    private void assertRefused(String fileName, byte[] content, String message) {
        assertThatThrownBy(() -> bank.importFile(schoolId(), fileName, content)).as(fileName)
                .isInstanceOf(Refused.class).hasMessage(message);
    }

    private Mentee byEmail(String email) {
        return bank.list(schoolId()).stream().filter(mentee -> mentee.email().equals(email.toLowerCase())).findFirst().orElseThrow();
    }
}
