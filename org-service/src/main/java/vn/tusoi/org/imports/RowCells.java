package vn.tusoi.org.imports;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.tusoi.org.bulk.RowProblem;
import vn.tusoi.platform.text.VietnameseText;

/** Reads one row's cells by field, noting a problem for every cell that is missing or malformed. */
final class RowCells {

    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{4,6}(\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Set<String> YES = Set.of("co", "x", "1", "true", "yes", "c");
    private static final Set<String> NO = Set.of("", "khong", "0", "false", "no", "k");

    private final SheetRow row;
    private final Map<String, Integer> columns;
    private final List<RowProblem> problems;
    private final int problemsBefore;

    RowCells(SheetRow row, Map<String, Integer> columns, List<RowProblem> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    /** Whether any cell of this row had a problem. */
    boolean hasProblems() {
        return problems.size() > problemsBefore;
    }

    int number() {
        return row.number();
    }

    /** The cell as text, null when blank. */
    String text(String field, boolean required, int maxLength) {
        String value = row.cell(columns.getOrDefault(field, -1));
        if (value.isEmpty()) {
            if (required) {
                problem(field, "import.cell.required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(field, "import.cell.too-long", maxLength);
            return null;
        }
        return value;
    }

    String matching(String field, Pattern pattern, String messageKey) {
        String value = text(field, false, 64);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(field, messageKey, value);
            return null;
        }
        return value;
    }

    LocalDate date(String field, LocalDate today) {
        String value = text(field, false, 32);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value).orElse(null);
        if (date == null) {
            problem(field, "import.cell.date", value);
        } else if (date.isAfter(today)) {
            problem(field, "import.cell.date-future", value);
        }
        return date;
    }

    private static Optional<LocalDate> parseDate(String value) {
        if (EXCEL_SERIAL.matcher(value).matches()) {
            return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(value)));
        }
        try {
            return Optional.of(value.contains("-") ? LocalDate.parse(value) : dayMonthYear(value));
        } catch (DateTimeException | NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    /** d/M/yyyy by hand: a formatter is several times slower, and a province file has half a million dates. */
    private static LocalDate dayMonthYear(String value) {
        int first = value.indexOf('/');
        int second = value.indexOf('/', first + 1);
        if (first < 1 || second < first + 2 || value.length() - second != 5) {
            throw new DateTimeException(value);
        }
        return LocalDate.of(Integer.parseInt(value, second + 1, value.length(), 10),
                Integer.parseInt(value, first + 1, second, 10), Integer.parseInt(value, 0, first, 10));
    }

    boolean yesNo(String field) {
        String value = row.cell(columns.getOrDefault(field, -1));
        if (value.isEmpty() || value.equals("Không")) {
            return false;
        }
        if (value.equals("Có")) {
            return true;
        }
        String folded = VietnameseText.fold(value);
        if (YES.contains(folded)) {
            return true;
        }
        if (!NO.contains(folded)) {
            problem(field, "import.cell.yes-no", value);
        }
        return false;
    }

    UUID uuid(String field) {
        String value = text(field, false, 64);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            problem(field, "import.cell.id", value);
            return null;
        }
    }

    void problem(String field, String messageKey, Object... arguments) {
        problems.add(RowProblem.of(row.number(), field, messageKey, arguments));
    }
}
