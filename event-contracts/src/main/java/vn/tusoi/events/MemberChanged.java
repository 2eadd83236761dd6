package vn.tusoi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current state of one member that other services need (where they belong, what they hold, how to reach
 * them), published on {@link Topics#ORG_MEMBERS} whenever it changes. Date of birth, card and citizen id numbers
 * stay in org-service. Consumers keep the highest {@code version} per {@code memberId}.
 *
 * @param homeUnitId    the chi bộ the member belongs to
 * @param homeUnitPath  materialized path of the home unit at the time of the change
 * @param status        {@code ACTIVE}, {@code TRANSFERRED}, {@code LEFT} or {@code DECEASED}
 * @param positions     positions held now or in the past, with dates
 */
public record MemberChanged(
        UUID eventId,
        UUID memberId,
        long version,
        String fullName,
        UUID homeUnitId,
        String homeUnitPath,
        String status,
        String email,
        String mobile,
        boolean holdsLeadershipPost,
        boolean outsidePoliticalSystem,
        List<Position> positions,
        Instant occurredAt) {

    public static final String TYPE = "vn.tusoi.org.member.changed.v1";

    /** @param validTo the last day held; null while it is still held */
    public record Position(UUID unitId, String title, LocalDate validFrom, LocalDate validTo) {

        public static final String BI_THU = "BI_THU";
        public static final String PHO_BI_THU = "PHO_BI_THU";
        public static final String THUONG_VU = "THUONG_VU";
        public static final String CAP_UY_VIEN = "CAP_UY_VIEN";
        public static final String ORG_BODY = "ORG_BODY";

        /** Whether it was held on that day (both ends included). */
        public boolean heldOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
        }
    }
}
