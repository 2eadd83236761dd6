package vn.tusoi.review.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.assignment.AssignmentKind;
import vn.tusoi.review.assignment.Assignments;
import vn.tusoi.review.lifecycle.DiscussionOrder;
import vn.tusoi.review.lifecycle.DiscussionOrder.Rank;

/**
 * What a unit has left to discuss, for {@link DiscussionOrder}: whether its collective report is still to come,
 * and the rank of every member whose review is, from the positions held on the day the meeting is recorded.
 */
@Component
class DiscussionAgenda {

    private final Assignments assignments;
    private final OrgMemberReplica members;
    private final Clock clock;

    DiscussionAgenda(Assignments assignments, OrgMemberReplica members, Clock clock) {
        this.assignments = assignments;
        this.members = members;
        this.clock = clock;
    }

    /** Empty for a collective report, which comes first anyway. */
    Optional<DiscussionOrder.Agenda> before(Assignment review, ReplicatedUnit place) {
        if (review.kind() != AssignmentKind.INDIVIDUAL) {
            return Optional.empty();
        }
        boolean collectivePending = assignments.inPlace(review.campaignId(), place.id(), AssignmentKind.COLLECTIVE)
                .stream().anyMatch(collective -> !collective.status().isDiscussed());
        LocalDate today = LocalDate.now(clock);
        Rank rank = rank(members.find(review.memberId().orElseThrow()), place.id(), today);
        List<DiscussionOrder.Pending> others = rank == Rank.HEAD ? List.of()
                : assignments.inPlace(review.campaignId(), place.id(), AssignmentKind.INDIVIDUAL).stream()
                        .filter(other -> !other.id().equals(review.id()) && !other.status().isDiscussed())
                        .map(other -> pending(other.memberId().orElseThrow(), place.id(), today))
                        .toList();
        return Optional.of(new DiscussionOrder.Agenda(place.name(), collectivePending, rank, others));
    }

    private DiscussionOrder.Pending pending(UUID memberId, UUID unitId, LocalDate day) {
        Optional<ReplicatedMember> member = members.find(memberId);
        return new DiscussionOrder.Pending(member.map(ReplicatedMember::fullName).orElse(memberId.toString()),
                rank(member, unitId, day));
    }

    private static Rank rank(Optional<ReplicatedMember> member, UUID unitId, LocalDate day) {
        Rank rank = Rank.MEMBER;
        for (MemberChanged.Position position : member.map(ReplicatedMember::positions).orElse(List.of())) {
            if (position.unitId().equals(unitId) && position.heldOn(day)) {
                if (MemberChanged.Position.BI_THU.equals(position.title())) {
                    return Rank.HEAD;
                }
                if (MemberChanged.Position.PHO_BI_THU.equals(position.title())) {
                    rank = Rank.DEPUTY;
                }
            }
        }
        return rank;
    }
}
