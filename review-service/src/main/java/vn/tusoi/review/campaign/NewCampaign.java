package vn.tusoi.review.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A campaign as its issuing unit sets it up.
 *
 * @param unitTypes              limits the scope to these unit types (all types when empty)
 * @param excellenceQuotaPercent the share of "hoàn thành tốt" that may be "hoàn thành xuất sắc" (20 by default)
 * @param deadlines              one per level below the issuing unit, lower levels no later than their parents
 */
public record NewCampaign(
        @NotNull UUID issuingUnitId,
        @NotNull CampaignKind kind,
        @NotBlank @Size(max = 255) String title,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        List<@NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,63}") String> unitTypes,
        @Min(0) @Max(100) Integer excellenceQuotaPercent,
        @NotEmpty @Size(max = 10) List<@Valid Deadline> deadlines) {

    public record Deadline(@NotNull @Min(1) @Max(10) Integer level, @NotNull LocalDate due) {
    }
}
