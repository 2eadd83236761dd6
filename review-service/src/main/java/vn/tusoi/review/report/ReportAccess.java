package vn.tusoi.review.report;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.assignment.Assignments;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignView;
import vn.tusoi.review.lifecycle.Review;
import vn.tusoi.review.lifecycle.Role;

/**
 * How the caller stands to a report, from positions held today: its writer, the leadership of the unit where it
 * is discussed, a superior of that unit, a member of that unit (a circulated collective draft), a system
 * administrator (reads only). A caller with none of these gets 404, so a report's existence does not leak.
 */
@Component
public class ReportAccess {

    /**
     * The report (locked when asked for a change), its campaign, its place, and the review as the caller stands
     * to it, whose rules decide every step.
     */
    public record Access(Caller caller, Assignment assignment, CampaignView campaign, ReplicatedUnit place, Review review) {

        public boolean is(Role role) {
            return review.is(role);
        }
    }

    private final Assignments assignments;
    private final CampaignService campaigns;
    private final OrgUnitReplica units;
    private final PositionRights rights;

    ReportAccess(Assignments assignments, CampaignService campaigns, OrgUnitReplica units, PositionRights rights) {
        this.assignments = assignments;
        this.campaigns = campaigns;
        this.units = units;
        this.rights = rights;
    }

    public Access toRead(UUID assignmentId, Caller caller) {
        return resolve(assignments.find(assignmentId).orElseThrow(() -> notFound(assignmentId)), caller);
    }

    /** Locks the assignment until the transaction ends: steps on one report run one after the other. */
    public Access toChange(UUID assignmentId, Caller caller) {
        return resolve(assignments.lock(assignmentId).orElseThrow(() -> notFound(assignmentId)), caller);
    }

    private Access resolve(Assignment assignment, Caller caller) {
        CampaignView campaign = campaigns.byId(assignment.campaignId()).orElseThrow();
        ReplicatedUnit place = units.find(assignment.placeUnitId()).orElseThrow(() -> notFound(assignment.id()));
        PositionRights.Held held = rights.held(caller);
        Set<Role> relations = EnumSet.noneOf(Role.class);
        if (assignment.memberId().isPresent() && assignment.memberId().equals(caller.memberId())) {
            relations.add(Role.AUTHOR);
        }
        if (held.leads(place.id())) {
            relations.add(Role.LEADER);
        }
        if (held.isSuperiorOf(place.id(), place.path())) {
            relations.add(Role.SUPERIOR);
        }
        if (caller.isSystemAdmin()) {
            relations.add(Role.ADMIN);
        }
        if (assignment.isCollective() && held.homeUnitId().filter(place.id()::equals).isPresent()) {
            relations.add(Role.UNIT_MEMBER);
        }
        Review review = new Review(assignment.status(), assignment.isCollective(), relations, campaign.isOpen(),
                campaign.title(), place.name());
        if (!review.isVisible()) {
            throw notFound(assignment.id());
        }
        return new Access(caller, assignment, campaign, place, review);
    }

    private static ApiException notFound(UUID assignmentId) {
        return ApiException.notFound("report.not-found", assignmentId);
    }
}
