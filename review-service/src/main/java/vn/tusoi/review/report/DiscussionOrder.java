package vn.tusoi.review.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.assignment.AssignmentKind;
import vn.tusoi.review.assignment.Assignments;
import vn.tusoi.review.assignment.ReviewStatus;

/**
 * The order of discussion in a unit (QĐ 366): the collective's report before any member's review; the head's
 * (bí thư) before the deputies' (phó bí thư), theirs before the other members'. Who is head or deputy is read
 * from the positions held on the day of the meeting's recording.
 */
@Component
class DiscussionOrder {

    private static final int HEAD = 0;
    private static final int DEPUTY = 1;
    private static final int MEMBER = 2;

    private final Assignments assignments;
    private final OrgMemberReplica members;
    private final Clock clock;

    DiscussionOrder(Assignments assignments, OrgMemberReplica members, Clock clock) {
        this.assignments = assignments;
        this.members = members;
        this.clock = clock;
    }

    void check(Assignment review, ReplicatedUnit place) {
        if (review.kind() != AssignmentKind.INDIVIDUAL) {
            return;
        }
        boolean collectivePending = assignments.inPlace(review.campaignId(), place.id(), AssignmentKind.COLLECTIVE)
                .stream().anyMatch(collective -> collective.status() != ReviewStatus.DISCUSSED);
        if (collectivePending) {
            throw ApiException.conflict("report.order.collective-first", place.name());
        }
        LocalDate today = LocalDate.now(clock);
        int rank = rank(review.memberId().orElseThrow(), place.id(), today);
        if (rank == HEAD) {
            return;
        }
        UUID first = null;
        int firstRank = rank;
        for (Assignment other : assignments.inPlace(review.campaignId(), place.id(), AssignmentKind.INDIVIDUAL)) {
            if (other.id().equals(review.id()) || other.status() == ReviewStatus.DISCUSSED) {
                continue;
            }
            UUID otherMember = other.memberId().orElseThrow();
            int otherRank = rank(otherMember, place.id(), today);
            if (otherRank < firstRank) {
                first = otherMember;
                firstRank = otherRank;
            }
        }
        if (first != null) {
            UUID waitingFor = first;
            String name = members.find(waitingFor).map(ReplicatedMember::fullName).orElse(waitingFor.toString());
            throw ApiException.conflict(rank == DEPUTY ? "report.order.head-first" : "report.order.leaders-first",
                    name, place.name());
        }
    }

    private int rank(UUID memberId, UUID unitId, LocalDate day) {
        int rank = MEMBER;
        for (MemberChanged.Position position : members.find(memberId).map(ReplicatedMember::positions)
                .orElse(List.of())) {
            if (position.unitId().equals(unitId) && position.heldOn(day)) {
                if (MemberChanged.Position.BI_THU.equals(position.title())) {
                    return HEAD;
                }
                if (MemberChanged.Position.PHO_BI_THU.equals(position.title())) {
                    rank = DEPUTY;
                }
            }
        }
        return rank;
    }
}
