package vn.tusoi.review.rating;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.assignment.AssignmentKind;
import vn.tusoi.review.assignment.Tallies;
import vn.tusoi.review.lifecycle.ReviewStatus;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignView;
import vn.tusoi.review.lifecycle.Criterion;
import vn.tusoi.review.lifecycle.ExcellenceQuota;
import vn.tusoi.review.lifecycle.Outcome;
import vn.tusoi.review.lifecycle.Rating;
import vn.tusoi.review.lifecycle.ReviewAction;
import vn.tusoi.review.lifecycle.Scorecard;
import vn.tusoi.review.report.ReportAccess;
import vn.tusoi.review.report.ReportAudit;
import vn.tusoi.review.template.TemplateCatalog;
import vn.tusoi.review.web.Refusals;

/**
 * The rating of reports (QĐ 366-QĐ/TW, HD 43-HD/BTCTW): the writer's own level after the meeting, the proposal, the
 * superior's decision within the quota, reopening a decision, and publishing a unit's results. The review's rules
 * decide each step; this service reads what they need and records what they accept.
 */
@Service
public class RatingService {

    private static final List<ReviewAction> RATING_ACTIONS = List.of(ReviewAction.SELF_RATE, ReviewAction.PROPOSE,
            ReviewAction.DECIDE, ReviewAction.REOPEN, ReviewAction.PUBLISH);

    private final ReportAccess access;
    private final ReportAudit audit;
    private final RatingStore store;
    private final QuotaLedger ledger;
    private final TemplateCatalog templates;
    private final CampaignService campaigns;
    private final OrgUnitReplica units;
    private final OrgMemberReplica members;
    private final PositionRights rights;
    private final Tallies tallies;
    private final Clock clock;

    RatingService(ReportAccess access, ReportAudit audit, RatingStore store, QuotaLedger ledger,
            TemplateCatalog templates, CampaignService campaigns, OrgUnitReplica units, OrgMemberReplica members,
            PositionRights rights, Tallies tallies, Clock clock) {
        this.tallies = tallies;
        this.access = access;
        this.audit = audit;
        this.store = store;
        this.ledger = ledger;
        this.templates = templates;
        this.campaigns = campaigns;
        this.units = units;
        this.members = members;
        this.rights = rights;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RatingViews.ReportRating view(UUID id, Caller caller) {
        ReportAccess.Access report = access.toRead(id, caller);
        Map<RatingStep, RatingViews.Card> latest = store.latest(id);
        boolean decision = report.review().seesDecision();
        List<ReviewAction> actions = RATING_ACTIONS.stream().filter(report.review()::permits).toList();
        RatingViews.Quota quota = actions.contains(ReviewAction.DECIDE) || report.review().permits(ReviewAction.REOPEN)
                ? quota(ledger.groupOf(report.assignment(), report.place()), report.campaign()) : null;
        return new RatingViews.ReportRating(id, report.assignment().status().name(), criteria(report),
                named(latest.get(RatingStep.SELF)), decision ? named(latest.get(RatingStep.PROPOSAL)) : null,
                decision ? named(latest.get(RatingStep.DECISION)) : null, actions, quota);
    }

    /** The writer's own rating, after the meeting and until it is proposed. */
    @Transactional
    public RatingViews.ReportRating selfRate(UUID id, RatingRequest request, Caller caller) {
        ReportAccess.Access report = access.toChange(id, caller);
        Rating rating = rating(report, request);
        Outcome.Accepted step = report.review().selfRate(rating).orElseThrow(Refusals::problem);
        store.record(id, RatingStep.SELF, rating.card(), rating.level(), note(request), ReportAudit.actor(caller),
                clock.instant(), null);
        audit.record(report.assignment(), step, caller);
        return view(id, caller);
    }

    /** The proposal: the unit's committee for a member, the organization body above for a collective. */
    @Transactional
    public RatingViews.ReportRating propose(UUID id, RatingRequest request, Caller caller) {
        ReportAccess.Access report = access.toChange(id, caller);
        Rating rating = rating(report, request);
        Outcome.Accepted step = report.review().propose(rating).orElseThrow(Refusals::problem);
        store.record(id, RatingStep.PROPOSAL, rating.card(), rating.level(), note(request),
                ReportAudit.actor(caller), clock.instant(), null);
        audit.record(report.assignment(), step, caller);
        return view(id, caller);
    }

    /**
     * The superior's decision. The group's quota row is locked after the report's, so decisions in one group run
     * one after the other and see each other's counts.
     */
    @Transactional
    public RatingViews.ReportRating decide(UUID id, RatingRequest request, Caller caller) {
        ReportAccess.Access report = access.toChange(id, caller);
        Rating rating = rating(report, request);
        report.review().decide(rating, ExcellenceQuota.unlimited()).orElseThrow(Refusals::problem);
        QuotaLedger.Group group = ledger.groupOf(report.assignment(), report.place());
        ExcellenceQuota quota = ledger.lock(group, report.campaign().excellenceQuotaPercent());
        Outcome.Accepted step = report.review().decide(rating, quota).orElseThrow(Refusals::problem);
        store.record(id, RatingStep.DECISION, rating.card(), rating.level(), note(request),
                ReportAudit.actor(caller), clock.instant(), group.unit().id());
        ledger.count(group, rating.level(), 1);
        tallies.decided(report.assignment(), rating.level(), 1);
        audit.record(report.assignment(), step, caller);
        return view(id, caller);
    }

    /** Reopens a decision with a reason: it no longer counts in the quota, and the superior decides again. */
    @Transactional
    public RatingViews.ReportRating reopen(UUID id, String reason, Caller caller) {
        ReportAccess.Access report = access.toChange(id, caller);
        Outcome.Accepted step = report.review().reopen(reason).orElseThrow(Refusals::problem);
        store.decided(id).ifPresent(decided -> {
            ReplicatedUnit unit = units.find(decided.quotaUnitId()).orElse(report.place());
            QuotaLedger.Group group = new QuotaLedger.Group(report.assignment().campaignId(),
                    report.assignment().kind(), unit);
            ledger.lock(group, report.campaign().excellenceQuotaPercent());
            ledger.count(group, decided.level(), -1);
            tallies.decided(report.assignment(), decided.level(), -1);
        });
        store.clearDecision(id);
        audit.record(report.assignment(), step, caller);
        return view(id, caller);
    }

    /**
     * Publishes the decided results of the reports placed in a unit (its collective's and its members'), to the
     * people concerned. Only a superior of the unit may; anyone else learns nothing about it.
     */
    @Transactional
    public RatingViews.Published publish(UUID campaignId, UUID unitId, Caller caller) {
        ReplicatedUnit unit = placeFor(campaignId, unitId, caller, true);
        int published = 0;
        for (RatingViews.Item item : store.inPlace(campaignId, unit.id())) {
            if (ReviewStatus.valueOf(item.status()) != ReviewStatus.DECIDED) {
                continue;
            }
            ReportAccess.Access report = access.toChange(item.assignmentId(), caller);
            if (report.assignment().status() != ReviewStatus.DECIDED) {
                continue;
            }
            Outcome.Accepted step = report.review().publish().orElseThrow(Refusals::problem);
            audit.record(report.assignment(), step, caller);
            published++;
        }
        return new RatingViews.Published(published);
    }

    /** The reports of a unit with their ratings and the quotas they count in, for its committee and superiors. */
    @Transactional(readOnly = true)
    public RatingViews.UnitRatings inUnit(UUID campaignId, UUID unitId, Caller caller) {
        ReplicatedUnit unit = placeFor(campaignId, unitId, caller, false);
        CampaignView campaign = campaigns.byId(campaignId).orElseThrow();
        PositionRights.Held held = rights.held(caller);
        boolean superior = held.isSuperiorOf(unit.id(), unit.path());
        List<RatingViews.Item> items = store.inPlace(campaignId, unit.id());
        Map<UUID, ReplicatedMember> named = members.findAll(items.stream().map(RatingViews.Item::memberId)
                .filter(member -> member != null).toList());
        List<RatingViews.Item> shown = items.stream().map(item -> new RatingViews.Item(item.assignmentId(),
                item.kind(), item.memberId(), Optional.ofNullable(named.get(item.memberId()))
                        .map(ReplicatedMember::fullName).orElse(null), item.status(), item.selfLevel(),
                item.proposedLevel(), item.decidedLevel(), item.decidedScore())).toList();
        List<RatingViews.Quota> quotas = new ArrayList<>();
        quotas.add(quota(new QuotaLedger.Group(campaignId, AssignmentKind.INDIVIDUAL, ledger.grassroots(unit)),
                campaign));
        Optional.ofNullable(unit.parentId()).flatMap(units::find).ifPresent(parent -> quotas.add(
                quota(new QuotaLedger.Group(campaignId, AssignmentKind.COLLECTIVE, parent), campaign)));
        return new RatingViews.UnitRatings(campaignId, unit.id(), unit.name(), superior, shown, quotas);
    }

    /**
     * The unit, for a caller who is its superior (or, when reading, sits on its committee); 404 for anyone else,
     * whether or not the campaign or the unit exists.
     */
    private ReplicatedUnit placeFor(UUID campaignId, UUID unitId, Caller caller, boolean toDecide) {
        Optional<ReplicatedUnit> unit = campaigns.byId(campaignId).flatMap(campaign -> units.find(unitId));
        PositionRights.Held held = rights.held(caller);
        boolean allowed = unit.filter(found -> held.isSuperiorOf(found.id(), found.path())
                || (!toDecide && (held.leads(found.id()) || caller.isSystemAdmin()))).isPresent();
        if (!allowed) {
            throw ApiException.notFound("rating.unit.not-found", unitId);
        }
        return unit.get();
    }

    private RatingViews.Quota quota(QuotaLedger.Group group, CampaignView campaign) {
        ExcellenceQuota quota = ledger.read(group, campaign.excellenceQuotaPercent());
        return new RatingViews.Quota(group.unit().id(), group.unit().name(), group.kind().name(), quota.percent(),
                quota.excellent(), quota.good(), ExcellenceQuota.most(quota.percent(), quota.good()));
    }

    private List<Criterion> criteria(ReportAccess.Access report) {
        String code = report.assignment().templateCode();
        return templates.version(code, report.campaign().pinnedVersion(code)).criteria();
    }

    private Rating rating(ReportAccess.Access report, RatingRequest request) {
        return new Rating(criteria(report), new Scorecard(Map.copyOf(request.points()), request.tasksTotal(),
                request.tasksDone(), request.tasksLate(), request.tasksBeyond(), request.disciplinedSubordinate(),
                request.disqualified()), request.level());
    }

    private static String note(RatingRequest request) {
        return request.note() == null || request.note().isBlank() ? null : request.note().strip();
    }

    private RatingViews.Card named(RatingViews.Card card) {
        if (card == null) {
            return null;
        }
        String name = parseMember(card.actor()).flatMap(members::find).map(ReplicatedMember::fullName).orElse(null);
        return new RatingViews.Card(card.step(), card.points(), card.tasksTotal(), card.tasksDone(),
                card.tasksLate(), card.tasksBeyond(), card.disciplinedSubordinate(), card.disqualified(),
                card.score(), card.level(), card.earned(), card.note(), card.actor(), name, card.at());
    }

    private static Optional<UUID> parseMember(String actor) {
        try {
            return Optional.of(UUID.fromString(actor));
        } catch (IllegalArgumentException notAMember) {
            return Optional.empty();
        }
    }
}
