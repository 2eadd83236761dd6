package vn.tusoi.review.report;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The text of a report.
 *
 * @param sections what is written under each section of the template, by section code
 * @param answers  the answer to each review suggestion, by suggestion id (null when none was sent)
 */
public record ReportContent(
        @NotNull @Size(max = 20) Map<String, @NotNull @Size(max = 50_000) String> sections,
        @Schema(nullable = true) @Size(max = 100) Map<UUID, @NotNull @Size(max = 20_000) String> answers) {

    static final ReportContent EMPTY = new ReportContent(Map.of(), Map.of());

    Map<UUID, String> answersOrEmpty() {
        return answers == null ? Map.of() : answers;
    }
}
