package vn.tusoi.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x.example\",\"Bấm\")", "+84912345678", "-1+2", "@SUM(A1)",
            "\t=1", "\r=1"})
    void aCellThatWouldStartAFormulaIsWrittenAsText(String text) {
        assertThat(SpreadsheetCells.guarded(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn An", "0912345678", "", "'", "it's", "Chi bộ = 1"})
    void anOrdinaryCellIsWrittenAsItIs(String text) {
        assertThat(SpreadsheetCells.guarded(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "'=1+2", "''=1+2", "'", "'abc", "Nguyễn Văn An", "-", "+84912345678", ""})
    void whatIsWrittenReadsBackUnchanged(String text) {
        assertThat(SpreadsheetCells.unguarded(SpreadsheetCells.guarded(text))).isEqualTo(text);
    }
}
