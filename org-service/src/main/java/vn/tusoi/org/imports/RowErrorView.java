package vn.tusoi.org.imports;

/** One problem found in a rejected file: the row (header = 1), the column's header, and what is wrong. */
public record RowErrorView(int row, String column, String message) {
}
