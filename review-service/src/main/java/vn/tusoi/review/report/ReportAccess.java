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
import vn.tusoi.review.assignment.ReviewStatus;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignView;

/**
 * How the caller stands to a report, from positions held today: its writer, the leadership of the unit where it
 * is discussed, a superior of that unit, a member of that unit (a circulated collective draft), a system
 * administrator (reads only). A caller with none of these gets 404, so a report's existence does not leak.
 */
@Component
class ReportAccess {

    enum Relation { AUTHOR, LEADER, SUPERIOR, UNIT_MEMBER, ADMIN }

    /** The report (locked when asked for a change), its campaign, its place and the caller's relations to it. */
    record Access(Caller caller, Assignment assignment, CampaignView campaign, ReplicatedUnit place,
            Set<Relation> relations) {

        boolean is(Relation relation) {
            return relations.contains(relation);
        }

        /** The author of an individual review or commitment; the unit's leadership for a collective report. */
        boolean isWriter() {
            return assignment.isCollective() ? is(Relation.LEADER) : is(Relation.AUTHOR);
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

    Access toRead(UUID assignmentId, Caller caller) {
        return resolve(assignments.find(assignmentId).orElseThrow(() -> notFound(assignmentId)), caller);
    }

    /** Locks the assignment until the transaction ends: steps on one report run one after the other. */
    Access toChange(UUID assignmentId, Caller caller) {
        return resolve(assignments.lock(assignmentId).orElseThrow(() -> notFound(assignmentId)), caller);
    }

    private Access resolve(Assignment assignment, Caller caller) {
        CampaignView campaign = campaigns.byId(assignment.campaignId()).orElseThrow();
        ReplicatedUnit place = units.find(assignment.placeUnitId()).orElseThrow(() -> notFound(assignment.id()));
        PositionRights.Held held = rights.held(caller);
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        if (assignment.memberId().isPresent() && assignment.memberId().equals(caller.memberId())) {
            relations.add(Relation.AUTHOR);
        }
        if (held.leads(place.id())) {
            relations.add(Relation.LEADER);
        }
        if (held.isSuperiorOf(place.id(), place.path())) {
            relations.add(Relation.SUPERIOR);
        }
        if (caller.isSystemAdmin()) {
            relations.add(Relation.ADMIN);
        }
        if (assignment.isCollective() && held.homeUnitId().filter(place.id()::equals).isPresent()) {
            relations.add(Relation.UNIT_MEMBER);
        }
        Access access = new Access(caller, assignment, campaign, place, relations);
        if (!maySee(access)) {
            throw notFound(assignment.id());
        }
        return access;
    }

    /** Members of the unit see the collective draft once it has been circulated to them. */
    private static boolean maySee(Access access) {
        Set<Relation> relations = access.relations();
        if (relations.contains(Relation.AUTHOR) || relations.contains(Relation.LEADER)
                || relations.contains(Relation.SUPERIOR) || relations.contains(Relation.ADMIN)) {
            return true;
        }
        ReviewStatus status = access.assignment().status();
        return relations.contains(Relation.UNIT_MEMBER) && status != ReviewStatus.NOT_STARTED
                && status != ReviewStatus.DRAFT;
    }

    private static ApiException notFound(UUID assignmentId) {
        return ApiException.notFound("report.not-found", assignmentId);
    }
}
