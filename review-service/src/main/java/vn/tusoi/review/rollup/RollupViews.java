package vn.tusoi.review.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.review.remediation.RemediationViews;

/** What the roll-up endpoints answer. */
public final class RollupViews {

    private RollupViews() {
    }

    /**
     * The counts of one unit's whole subtree (or of the reports placed at the unit itself).
     *
     * @param byStatus  the reports by status, by kind ({@code INDIVIDUAL}, {@code COLLECTIVE}, {@code COMMITMENT})
     * @param handedIn  submitted or further
     * @param overdue   not handed in and past their deadline
     * @param complete  every report of the subtree handed in (there is at least one)
     * @param levels    the decided levels, by kind
     */
    public record RollupNode(@Schema(nullable = true) UUID unitId, @Schema(nullable = true) String code, String name,
            @Schema(nullable = true) String typeCode, int childUnits, long total, long handedIn, long decided,
            long overdue, boolean complete, Map<String, Map<String, Long>> byStatus,
            Map<String, Map<String, Long>> levels) {
    }

    /** The quota of one kind over the groups of the subtree. */
    public record RollupQuota(String kind, int percent, long excellent, long good, long most) {
    }

    /**
     * A unit's roll-up in a campaign: its subtree, the reports placed at the unit itself, and each unit right under
     * it, with how many of those have completed and reported.
     *
     * @param completedChildren the units right under it whose whole subtree has handed in its reports
     * @param childrenWithWork  the units right under it with reports in the campaign
     */
    public record Rollup(UUID campaignId, RollupNode unit, RollupNode own, List<RollupNode> children,
            int completedChildren, int childrenWithWork, List<RollupQuota> quotas,
            RemediationViews.RemediationProgress remediation, LocalDate today) {
    }

    /** One report past its deadline and not handed in. */
    public record OverdueReport(UUID assignmentId, String kind, UUID placeUnitId, String placeUnitName,
            @Schema(nullable = true) UUID memberId, @Schema(nullable = true) String memberName, LocalDate due,
            String status) {
    }
}
