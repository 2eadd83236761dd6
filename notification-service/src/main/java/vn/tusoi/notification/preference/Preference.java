package vn.tusoi.notification.preference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The in-app inbox is always on: it is where every notice can be found again. */
public record Preference(@NotNull Boolean emailEnabled, @NotNull Boolean smsEnabled,
        @NotNull @Pattern(regexp = "vi|en") String language) {
}
