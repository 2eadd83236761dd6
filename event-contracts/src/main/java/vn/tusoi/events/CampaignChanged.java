package vn.tusoi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The state of a review campaign after a change (created, launched, deadlines moved, closed), published on
 * {@link Topics#REVIEW_EVENTS} keyed by campaign id. Consumers keep the highest {@code version} per campaign.
 *
 * @param status    {@code DRAFT}, {@code LAUNCHED} or {@code CLOSED}
 * @param deadlines one per level below the issuing unit (level 1 = directly under it)
 * @param reminders when to remind and how to spell SMS in this campaign; absent in events published before it
 *                  was added (the consumer's defaults apply)
 * @param excellenceQuotaPercent the share of those decided "hoàn thành tốt" that may be decided "hoàn thành xuất
 *                  sắc" in one grassroots organization (or under one superior, for collectives); absent in events
 *                  published before it was added
 * @param ratingLevels the levels a rating may take, from the highest ({@code XUAT_SAC}, {@code TOT},
 *                  {@code HOAN_THANH}, {@code KHONG_HOAN_THANH}); absent in events published before it was added
 */
public record CampaignChanged(
        UUID eventId,
        UUID campaignId,
        long version,
        UUID issuingUnitId,
        String kind,
        String title,
        String status,
        List<Deadline> deadlines,
        Instant occurredAt,
        Reminders reminders,
        Integer excellenceQuotaPercent,
        List<String> ratingLevels) {

    public static final String TYPE = "vn.tusoi.review.campaign.changed.v1";

    /** A campaign as events published before the quota and the levels were added describe it. */
    public CampaignChanged(UUID eventId, UUID campaignId, long version, UUID issuingUnitId, String kind, String title,
            String status, List<Deadline> deadlines, Instant occurredAt, Reminders reminders) {
        this(eventId, campaignId, version, issuingUnitId, kind, title, status, deadlines, occurredAt, reminders, null,
                null);
    }

    public record Deadline(int level, LocalDate due) {
    }

    /**
     * @param daysBefore        days before a deadline to remind on (the day itself always counts)
     * @param overdueEveryDays  after the deadline, remind every this many days
     * @param overdueTimes      ... this many times
     * @param smsWithDiacritics SMS keep Vietnamese marks (up to 70 characters a segment instead of 160)
     */
    public record Reminders(List<Integer> daysBefore, int overdueEveryDays, int overdueTimes,
            boolean smsWithDiacritics) {
    }
}
