package ru.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\";\"школа\")", "+7(495)1234567", "-2+3", "@SUM(A1)",
            "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"})
    void marksEveryValueThatStartsLikeAFormula(String value) {
        assertThat(SpreadsheetText.startsLikeFormula(value)).isTrue();
        assertThat(SpreadsheetText.neutralised(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"МБОУ «Школа № 1»", "-3", "12,5", "-0.75", "нет данных", "", "a=b"})
    void leavesTextAndPlainNumbersAlone(String value) {
        assertThat(SpreadsheetText.startsLikeFormula(value)).isFalse();
        assertThat(SpreadsheetText.neutralised(value)).isEqualTo(value);
    }

    @Test
    void writesExcelCsvWithBomSemicolonsQuotesAndNoFormula() {
        String text = new String(ExcelCsv.of(List.of(
                List.of("Школа", "=1+1"),
                List.of("a;b", "он сказал \"да\"", "две\nстроки"))), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFШкола;'=1+1\r\n\"a;b\";\"он сказал \"\"да\"\"\";\"две\nстроки\"\r\n");
    }
}
