package vn.tusoi.review.assignment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.campaign.CampaignView;

/**
 * Who reviews what where, per HD 43: every collective in scope writes Mẫu 01; every active member reviews in their
 * home chi bộ (2C outside the political system, 2B with a leadership post, 2A otherwise) and once more, on 2B, in
 * each other unit in scope whose committee they sit on; in a yearly campaign every member also writes the
 * commitment. Positions are those held on the day of the launch.
 */
final class AssignmentPlanner {

    static final UUID NO_MEMBER = Assignment.NO_MEMBER;

    /** A unit taking part, with how many levels it lies below the issuing unit. */
    record ScopeUnit(UUID id, int level) {
    }

    /** What the launch needs to know about a member. */
    record ScopeMember(UUID id, UUID homeUnitId, boolean holdsLeadershipPost, boolean outsidePoliticalSystem,
            List<MemberChanged.Position> positionsToday) {
    }

    private final CampaignView campaign;
    private final Map<UUID, ScopeUnit> units;
    private final boolean withCommitments;

    AssignmentPlanner(CampaignView campaign, Map<UUID, ScopeUnit> units) {
        this.campaign = campaign;
        this.units = units;
        this.withCommitments = "YEARLY".equals(campaign.kind());
    }

    void collectives(Consumer<NewAssignment> out) {
        for (ScopeUnit unit : units.values()) {
            out.accept(new NewAssignment(Ids.newId(), AssignmentKind.COLLECTIVE, unit.id(), NO_MEMBER, "MAU_01",
                    campaign.dueAt(unit.level())));
        }
    }

    /**
     * The assignments of one member: in their chi bộ (review, commitment) when it takes part, and in each unit
     * taking part whose committee they sit on.
     */
    void member(ScopeMember member, Consumer<NewAssignment> out) {
        ScopeUnit home = units.get(member.homeUnitId());
        if (home != null) {
            boolean leads = member.holdsLeadershipPost()
                    || member.positionsToday().stream().anyMatch(p -> PositionRights.isCommitteeTitle(p.title()));
            String template = member.outsidePoliticalSystem() ? "MAU_2C" : leads ? "MAU_2B" : "MAU_2A";
            out.accept(new NewAssignment(Ids.newId(), AssignmentKind.INDIVIDUAL, home.id(), member.id(), template,
                    campaign.dueAt(home.level())));
            if (withCommitments) {
                out.accept(new NewAssignment(Ids.newId(), AssignmentKind.COMMITMENT, home.id(), member.id(),
                        "CAM_KET", campaign.dueAt(home.level())));
            }
        }
        member.positionsToday().stream()
                .filter(position -> PositionRights.isCommitteeTitle(position.title()))
                .map(MemberChanged.Position::unitId)
                .distinct()
                .filter(unitId -> !unitId.equals(member.homeUnitId()))
                .map(units::get)
                .filter(unit -> unit != null)
                .forEach(unit -> out.accept(new NewAssignment(Ids.newId(), AssignmentKind.INDIVIDUAL, unit.id(),
                        member.id(), "MAU_2B", campaign.dueAt(unit.level()))));
    }
}
