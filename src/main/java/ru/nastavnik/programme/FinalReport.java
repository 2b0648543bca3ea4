package ru.nastavnik.programme;

import java.util.List;

import ru.nastavnik.common.WordDocument;

/** The final report of a programme as a DOCX: the school, the year, the key figures against their targets, the cases. */
final class FinalReport {

    static byte[] render(String schoolName, String schoolYear, ProgrammeKpis kpis, String successfulCases) {
        WordDocument document = new WordDocument()
                .title(schoolName)
                .title("Итоговый отчёт о реализации программы наставничества педагогических работников")
                .centered("Учебный год " + schoolYear)
                .heading("Показатели эффективности")
                .table(List.of("Показатель", "Значение", "Цель", "Выполнено"), kpis.rows());
        if (successfulCases != null && !successfulCases.isBlank()) {
            document.heading("Успешные практики").text(successfulCases);
        }
        return document.bytes();
    }

    private FinalReport() {
    }
}
