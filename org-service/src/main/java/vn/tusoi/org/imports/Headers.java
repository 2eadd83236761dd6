package vn.tusoi.org.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tusoi.org.bulk.RowProblem;
import vn.tusoi.platform.text.VietnameseText;

/** Finds each column of a kind in the header row, whatever its order, case or diacritics. */
final class Headers {

    private Headers() {
    }

    static Map<String, Integer> locate(ImportKind kind, SheetRow header, List<RowProblem> problems) {
        Map<String, Integer> byFolded = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            byFolded.putIfAbsent(VietnameseText.fold(header.cell(i)), i);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (ImportColumn column : kind.columns()) {
            Integer index = byFolded.get(VietnameseText.fold(column.header()));
            if (index != null) {
                columns.put(column.field(), index);
            } else if (column.required()) {
                problems.add(RowProblem.of(header.number(), column.field(), "import.header.missing",
                        column.header()));
            }
        }
        return columns;
    }
}
