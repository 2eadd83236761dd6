package vn.tusoi.review.remediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.events.RemediationChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignView;
import vn.tusoi.review.lifecycle.Remediation;
import vn.tusoi.review.lifecycle.RemediationAction;
import vn.tusoi.review.lifecycle.RemediationStatus;
import vn.tusoi.review.report.CarriedRemediation;
import vn.tusoi.review.report.ReportAccess;
import vn.tusoi.review.report.ReportAudit;
import vn.tusoi.review.web.Refusals;

/**
 * Remediation ("tự sửa"): items raised from the weaknesses of decided reviews, followed up until remedied, seen
 * overdue by the unit's leadership and the superior, and carried into the writer's next review. Who may do what
 * follows from how the caller stands to the review an item came from; without a relation to it the item does not
 * exist for the caller.
 */
@Service
public class RemediationService implements CarriedRemediation {

    /** The most items a list answers: a commune's pending items fit, the rest are in the counts. */
    static final int LIST_LIMIT = 500;

    private final RemediationStore store;
    private final ReportAccess access;
    private final CampaignService campaigns;
    private final OrgUnitReplica units;
    private final OrgMemberReplica members;
    private final PositionRights rights;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RemediationService(RemediationStore store, ReportAccess access, CampaignService campaigns, OrgUnitReplica units,
            OrgMemberReplica members, PositionRights rights, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.campaigns = campaigns;
        this.units = units;
        this.members = members;
        this.rights = rights;
        this.events = events;
        this.clock = clock;
    }

    /** The items raised from a review, and those earlier campaigns left to its writer. */
    @Transactional(readOnly = true)
    public RemediationViews.ReportRemediation forReport(UUID assignmentId, Caller caller) {
        ReportAccess.Access report = access.toRead(assignmentId, caller);
        if (!Remediation.isVisible(report.review())) {
            throw ApiException.notFound("report.not-found", assignmentId);
        }
        LocalDate today = LocalDate.now(clock);
        Assignment assignment = report.assignment();
        List<RemediationStore.Row> raisedRows = store.ofAssignment(assignmentId);
        List<RemediationStore.Row> carriedRows = store.carriedInto(assignment.campaignId(), assignment.placeUnitId(),
                assignment.memberId().orElse(null));
        Views views = new Views(java.util.stream.Stream.concat(raisedRows.stream(), carriedRows.stream()).toList());
        List<RemediationViews.RemediationItem> raised = raisedRows.stream()
                .map(row -> views.item(row, Optional.of(report))).toList();
        List<RemediationViews.RemediationItem> carried = carriedRows.stream()
                .map(row -> views.item(row, Optional.empty())).toList();
        boolean mayRaise = Remediation.mayRaise(report.review(), today, today).isEmpty();
        return new RemediationViews.ReportRemediation(assignmentId, mayRaise, raised, carried);
    }

    /** Raises an item from a decided review: its owner is the review's writer (a collective's, the collective). */
    @Transactional
    public RemediationViews.RemediationDetail raise(UUID assignmentId, RaiseRequest request, Caller caller) {
        ReportAccess.Access report = access.toChange(assignmentId, caller);
        LocalDate today = LocalDate.now(clock);
        Remediation.mayRaise(report.review(), request.due(), today).ifPresent(refusal -> {
            throw Refusals.problem(refusal);
        });
        Assignment assignment = report.assignment();
        Instant now = clock.instant();
        RemediationStore.Row row = new RemediationStore.Row(Ids.newId(), assignment.campaignId(), assignmentId,
                assignment.placeUnitId(), assignment.memberId().orElse(null), request.what().strip(),
                request.due(), RemediationStatus.OPEN, null, 1, ReportAudit.actor(caller), now, now);
        store.insert(row);
        publish(row);
        return new Views(List.of(row)).detail(row, Optional.of(report));
    }

    @Transactional(readOnly = true)
    public RemediationViews.RemediationDetail detail(UUID id, Caller caller) {
        RemediationStore.Row row = store.find(id).orElseThrow(() -> notFound(id));
        return new Views(List.of(row)).detail(row, Optional.of(sourceOf(row, caller)));
    }

    /** A step on an item (or a note alone), kept in its history. */
    @Transactional
    public RemediationViews.RemediationDetail followUp(UUID id, FollowUpRequest request, Caller caller) {
        RemediationStore.Row row = store.lock(id).orElseThrow(() -> notFound(id));
        ReportAccess.Access source = sourceOf(row, caller);
        Remediation.Step step = new Remediation(row.status(), source.review())
                .take(request.action(), request.evidence(), request.note()).orElseThrow(Refusals::problem);
        Instant now = clock.instant();
        String evidence = request.action() == RemediationAction.COMPLETE ? request.evidence().strip() : row.evidence();
        RemediationStore.Row after = new RemediationStore.Row(row.id(), row.campaignId(), row.assignmentId(),
                row.placeUnitId(), row.ownerMemberId(), row.what(), row.due(), step.to(), evidence, row.version() + 1,
                row.raisedBy(), row.raisedAt(), now);
        store.step(after);
        store.note(Ids.newId(), id, step.action(), step.from(), step.to(), note(request), ReportAudit.actor(caller),
                now);
        if (step.from() != step.to()) {
            publish(after);
        }
        return new Views(List.of(after)).detail(after, Optional.of(source));
    }

    /** The items of a unit's subtree, for its leadership, its superiors and system administrators. */
    @Transactional(readOnly = true)
    public RemediationViews.UnitRemediation inUnit(UUID unitId, boolean overdueOnly, Caller caller) {
        PositionRights.Held held = rights.held(caller);
        ReplicatedUnit unit = units.find(unitId)
                .filter(found -> held.leads(found.id()) || held.isSuperiorOf(found.id(), found.path())
                        || caller.isSystemAdmin())
                .orElseThrow(() -> ApiException.notFound("remediation.unit.not-found", unitId));
        LocalDate today = LocalDate.now(clock);
        List<RemediationStore.Row> rows = store.inSubtree(unit.path(), overdueOnly, today, LIST_LIMIT);
        Views views = new Views(rows);
        List<RemediationViews.RemediationItem> items = rows.stream().map(row -> views.item(row, Optional.empty()))
                .toList();
        return new RemediationViews.UnitRemediation(unit.id(), unit.name(), store.progress(unit.path(), null, today),
                items);
    }

    /** How far the items raised in a campaign within a subtree have got (for the roll-up; rights checked there). */
    @Transactional(readOnly = true)
    public RemediationViews.RemediationProgress progress(UUID campaignId, String unitPath) {
        return store.progress(unitPath, campaignId, LocalDate.now(clock));
    }

    /** The caller's own items and those of the collectives whose committee they sit on. */
    @Transactional(readOnly = true)
    public List<RemediationViews.RemediationItem> mine(Caller caller) {
        if (caller.memberId().isEmpty()) {
            return List.of();
        }
        List<RemediationStore.Row> rows = store.ownedBy(caller.memberId().get(),
                List.copyOf(rights.held(caller).ledUnits()), LIST_LIMIT);
        Views views = new Views(rows);
        return rows.stream().map(row -> views.item(row, Optional.empty())).toList();
    }

    @Override
    public Optional<String> sectionText(Assignment assignment) {
        List<RemediationStore.Row> items = store.carriedInto(assignment.campaignId(), assignment.placeUnitId(),
                assignment.memberId().orElse(null));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, String> titles = new HashMap<>();
        items.forEach(row -> titles.computeIfAbsent(row.campaignId(),
                campaign -> campaigns.byId(campaign).map(CampaignView::title).orElse("")));
        return Optional.of(CarriedText.of(items, titles));
    }

    /** The review the item came from, as the caller stands to it; 404 for the item without a relation. */
    private ReportAccess.Access sourceOf(RemediationStore.Row row, Caller caller) {
        try {
            ReportAccess.Access source = access.toRead(row.assignmentId(), caller);
            if (Remediation.isVisible(source.review())) {
                return source;
            }
        } catch (ApiException noRelation) {
            // the caller may not see the review: the item does not exist for them either
        }
        throw notFound(row.id());
    }

    private void publish(RemediationStore.Row row) {
        events.publishEvent(new RemediationChanged(Ids.newId(), row.id(), row.campaignId(), row.assignmentId(),
                row.placeUnitId(), row.ownerMemberId(), row.due(), row.status().name(), row.version(),
                clock.instant()));
    }

    private static String note(FollowUpRequest request) {
        return request.note() == null || request.note().isBlank() ? null : request.note().strip();
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("remediation.not-found", id);
    }

    /** Names and titles read once per answer. */
    private final class Views {

        private final LocalDate today = LocalDate.now(clock);
        private final Map<UUID, String> titles = new HashMap<>();
        private final Map<UUID, String> places = new HashMap<>();
        private final Map<UUID, String> people = new HashMap<>();

        /** The owners' names of a list read in one query. */
        Views(List<RemediationStore.Row> rows) {
            members.findAll(rows.stream().map(RemediationStore.Row::ownerMemberId).filter(Objects::nonNull).distinct()
                    .toList()).forEach((id, member) -> people.put(id, member.fullName()));
        }

        RemediationViews.RemediationDetail detail(RemediationStore.Row row, Optional<ReportAccess.Access> source) {
            return new RemediationViews.RemediationDetail(item(row, source), store.notes(row.id()));
        }

        /** The actions are given where the item's own review was read (a report's or an item's view). */
        RemediationViews.RemediationItem item(RemediationStore.Row row, Optional<ReportAccess.Access> source) {
            List<RemediationAction> actions = source.map(found -> {
                Remediation remediation = new Remediation(row.status(), found.review());
                return java.util.Arrays.stream(RemediationAction.values()).filter(remediation::permits).toList();
            }).orElse(List.of());
            String title = titles.computeIfAbsent(row.campaignId(),
                    id -> campaigns.byId(id).map(CampaignView::title).orElse(""));
            String place = places.computeIfAbsent(row.placeUnitId(),
                    id -> units.find(id).map(ReplicatedUnit::name).orElse(""));
            String owner = row.ownerMemberId() == null ? place : people.computeIfAbsent(row.ownerMemberId(),
                    id -> members.find(id).map(ReplicatedMember::fullName).orElse(""));
            return new RemediationViews.RemediationItem(row.id(), row.campaignId(), title, row.assignmentId(),
                    row.placeUnitId(), place, row.ownerMemberId(), owner, row.what(),
                    row.due(), row.status(), row.evidence(),
                    Remediation.isOverdue(row.status(), row.due(), today), row.version(), row.raisedBy(),
                    row.raisedAt(), row.updatedAt(), actions);
        }
    }
}
