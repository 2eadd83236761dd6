package vn.tusoi.platform.text;

/**
 * Text cells of a CSV file that a spreadsheet must not run as a formula (CSV injection, OWASP): a cell that would
 * start with {@code = + - @}, a tab or a carriage return is written with an apostrophe before it, so a name typed
 * as {@code =HYPERLINK(...)} opens as that text. Reading takes the apostrophe off again, so a file exported and
 * imported back is unchanged, whatever the text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The cell as written to a CSV file. */
    public static String guarded(String text) {
        return needsGuard(text) ? "'" + text : text;
    }

    /** The text of a cell read from a CSV file, without the apostrophe {@link #guarded} put before it. */
    public static String unguarded(String cell) {
        return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Starts as a formula would, or with apostrophes before such a start (so that those survive too). */
    private static boolean needsGuard(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        return switch (text.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
