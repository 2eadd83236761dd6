package vn.tusoi.review.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ReturnRequest(@NotBlank @Size(max = 4000) String reasons) {
}
