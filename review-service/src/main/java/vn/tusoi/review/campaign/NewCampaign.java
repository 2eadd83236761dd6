package vn.tusoi.review.campaign;

import java.time.LocalDate;
import java.util.Comparator;
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
 * @param reminders              when members are reminded (7, 3 and 1 days before, the day, every 2 days overdue
 *                               3 times, SMS without diacritics when not given)
 */
public record NewCampaign(
        @NotNull UUID issuingUnitId,
        @NotNull CampaignKind kind,
        @NotBlank @Size(max = 255) String title,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        List<@NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,63}") String> unitTypes,
        @Min(0) @Max(100) Integer excellenceQuotaPercent,
        @NotEmpty @Size(max = 10) List<@Valid Deadline> deadlines,
        @Valid Reminders reminders) {

    public record Deadline(@NotNull @Min(1) @Max(10) Integer level, @NotNull LocalDate due) {
    }

    /** Each part left out takes its default. */
    public record Reminders(
            @Size(max = 6) List<@NotNull @Min(1) @Max(60) Integer> daysBefore,
            @Min(1) @Max(30) Integer overdueEveryDays,
            @Min(0) @Max(10) Integer overdueTimes,
            Boolean smsWithDiacritics) {

        static final Reminders DEFAULT = new Reminders(List.of(7, 3, 1), 2, 3, false);

        /** The given parts over the defaults; days before sorted from the farthest, each once. */
        Reminders orDefaults() {
            return new Reminders(
                    (daysBefore == null ? DEFAULT.daysBefore : daysBefore).stream().distinct()
                            .sorted(Comparator.reverseOrder()).toList(),
                    overdueEveryDays == null ? DEFAULT.overdueEveryDays : overdueEveryDays,
                    overdueTimes == null ? DEFAULT.overdueTimes : overdueTimes,
                    smsWithDiacritics == null ? DEFAULT.smsWithDiacritics : smsWithDiacritics);
        }
    }
}
