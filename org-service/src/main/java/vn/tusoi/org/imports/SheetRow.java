package vn.tusoi.org.imports;

import java.util.List;

/** One row of a sheet as text: its number as the user sees it (1 = header) and its cells. */
record SheetRow(int number, List<String> cells) {

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
