package vn.tusoi.notification.tracking;

import java.util.List;
import java.util.UUID;

/**
 * A campaign as the review events told it, with its reminder settings.
 *
 * @param reminderDaysBefore days before a deadline to remind on; null when the campaign's events did not say (the
 *                           defaults apply), as do the two overdue settings
 * @param smsWithDiacritics  SMS keep Vietnamese marks (more segments) instead of one segment without them
 */
public record TrackedCampaign(UUID id, String title, String status, List<Integer> reminderDaysBefore,
        Integer overdueEveryDays, Integer overdueTimes, boolean smsWithDiacritics) {

    public static TrackedCampaign unknown(UUID id) {
        return new TrackedCampaign(id, "", "UNKNOWN", null, null, null, false);
    }

    public boolean isClosed() {
        return "CLOSED".equals(status);
    }
}
