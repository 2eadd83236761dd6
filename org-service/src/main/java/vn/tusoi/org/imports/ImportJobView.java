package vn.tusoi.org.imports;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An import job as a client polls it.
 *
 * @param percent    0–100: reading and checking rows is the first half, writing them the second
 * @param totalRows  data rows in the file, once counted
 * @param rowsDone   rows done in the current phase
 * @param failure    why a FAILED job failed, in the reader's language
 */
public record ImportJobView(UUID id, String kind, String fileName, String status, int percent,
        @Schema(nullable = true) Integer totalRows, int rowsDone, int created, int updated, int unchanged,
        int errorCount, @Schema(nullable = true) String failure, Instant submittedAt,
        @Schema(nullable = true) Instant finishedAt) {
}
