package vn.tusoi.org.imports;

import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads: Excel workbooks and UTF-8 CSV. */
enum SpreadsheetFormat {
    XLSX, CSV;

    static Optional<SpreadsheetFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
