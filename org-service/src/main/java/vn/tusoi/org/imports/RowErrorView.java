package vn.tusoi.org.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/** One problem found in a rejected file: the row (header = 1), the column's header, and what is wrong. */
public record RowErrorView(int row, @Schema(nullable = true) String column, String message) {
}
