package vn.tusoi.org.imports;

import java.util.List;
import java.util.stream.Collectors;

import vn.tusoi.platform.text.VietnameseText;

/**
 * One row of a sheet as text: its number as the user sees it (1 = header) and its cells, in Unicode NFC like every
 * text input (a name typed decomposed is the same name).
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = cells.stream().map(VietnameseText::nfc).collect(Collectors.toList());
    }

    String cell(int index) {
        if (index < 0 || index >= cells.size()) {
            return "";
        }
        String value = cells.get(index);
        return value == null ? "" : value.strip();
    }

    boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
