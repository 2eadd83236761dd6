package vn.tusoi.review.rollup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignUnit;
import vn.tusoi.review.remediation.RemediationService;

/**
 * The results of a campaign rolled up level by level (HD 43-HD/BTCTW: "22/25 đảng bộ trực thuộc đã hoàn thành và
 * báo cáo"): for a unit's subtree and each unit right under it, the reports by status, those overdue, the decided
 * levels, the quota used and remediation's progress. Read from counters kept in the transactions that change them,
 * so a province's root costs a range over a few counter rows per unit instead of an aggregate over every report.
 */
@Service
public class RollupService {

    /** The most overdue reports one list answers; the counts give the rest. */
    static final int OVERDUE_LIMIT = 200;

    private final RollupStore store;
    private final CampaignService campaigns;
    private final OrgMemberReplica members;
    private final PositionRights rights;
    private final RemediationService remediation;
    private final Clock clock;

    RollupService(RollupStore store, CampaignService campaigns, OrgMemberReplica members,
            PositionRights rights, RemediationService remediation, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.members = members;
        this.rights = rights;
        this.remediation = remediation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RollupViews.Rollup of(UUID campaignId, UUID unitId, Caller caller) {
        CampaignUnit scope = scope(campaignId, unitId, caller);
        LocalDate today = LocalDate.now(clock);
        Map<String, Counts> byChild = new HashMap<>();
        for (RollupStore.StatusCount count : store.statuses(campaignId, scope.unit().path(), today)) {
            byChild.computeIfAbsent(count.child(), child -> new Counts()).add(count);
        }
        for (RollupStore.LevelCount count : store.levels(campaignId, scope.unit().path())) {
            byChild.computeIfAbsent(count.child(), child -> new Counts()).add(count);
        }
        // the whole subtree is every counter under it, also those of units no longer active below it
        Counts whole = new Counts();
        byChild.values().forEach(whole::merge);
        Counts own = byChild.getOrDefault("", new Counts());
        List<RollupViews.RollupNode> children = new ArrayList<>();
        int completed = 0;
        int withWork = 0;
        for (RollupStore.Child child : store.children(scope.unit().id())) {
            Counts counts = byChild.getOrDefault(child.id().toString(), new Counts());
            RollupViews.RollupNode node = counts.node(child.id(), child.code(), child.name(), child.typeCode(),
                    child.childUnits());
            children.add(node);
            if (node.total() > 0) {
                withWork++;
            }
            if (node.complete()) {
                completed++;
            }
        }
        List<RollupViews.RollupQuota> quotas = store.quotas(campaignId, scope.unit().path(),
                scope.campaign().excellenceQuotaPercent()).stream()
                .map(quota -> new RollupViews.RollupQuota(quota.kind(), scope.campaign().excellenceQuotaPercent(),
                        quota.excellent(), quota.good(), quota.most()))
                .toList();
        ReplicatedUnit unit = scope.unit();
        return new RollupViews.Rollup(campaignId,
                whole.node(unit.id(), unit.code(), unit.name(), unit.typeCode(), children.size()),
                own.node(unit.id(), unit.code(), unit.name(), unit.typeCode(), 0), children, completed, withWork,
                quotas, remediation.progress(campaignId, unit.path()), today);
    }

    /** The subtree's reports past their deadline and not handed in, the oldest deadline first. */
    @Transactional(readOnly = true)
    public List<RollupViews.OverdueReport> overdue(UUID campaignId, UUID unitId, Caller caller) {
        CampaignUnit scope = scope(campaignId, unitId, caller);
        List<RollupViews.OverdueReport> found = store.overdue(campaignId, scope.unit().path(), LocalDate.now(clock),
                OVERDUE_LIMIT);
        Map<UUID, ReplicatedMember> named = members.findAll(found.stream().map(RollupViews.OverdueReport::memberId)
                .filter(member -> member != null).toList());
        return found.stream().map(item -> new RollupViews.OverdueReport(item.assignmentId(), item.kind(),
                item.placeUnitId(), item.placeUnitName(), item.memberId(),
                Optional.ofNullable(named.get(item.memberId())).map(ReplicatedMember::fullName).orElse(null),
                item.due(), item.status())).toList();
    }

    /**
     * The campaign and the unit, for its issuers, its leadership and those above it; anyone else gets 404 whether
     * or not the campaign or the unit exists.
     */
    private CampaignUnit scope(UUID campaignId, UUID unitId, Caller caller) {
        PositionRights.Held held = rights.held(caller);
        return campaigns.unitOf(campaignId, unitId)
                .filter(found -> held.mayIssueFor(found.unit().id()) || held.leads(found.unit().id())
                        || held.isSuperiorOf(found.unit().id(), found.unit().path()))
                .orElseThrow(() -> ApiException.notFound("rollup.not-found"));
    }

    /** The counts of one group of units, added up from the counter rows. */
    private static final class Counts {

        private final Map<String, Map<String, Long>> byStatus = new TreeMap<>();
        private final Map<String, Map<String, Long>> levels = new TreeMap<>();
        private long total;
        private long handedIn;
        private long decided;
        private long overdue;

        void add(RollupStore.StatusCount count) {
            byStatus.computeIfAbsent(count.kind(), kind -> new TreeMap<>()).merge(count.status().name(), count.n(),
                    Long::sum);
            total += count.n();
            handedIn += count.status().isHandedIn() ? count.n() : 0;
            decided += count.status().isDecided() ? count.n() : 0;
            overdue += count.overdue();
        }

        void add(RollupStore.LevelCount count) {
            levels.computeIfAbsent(count.kind(), kind -> new TreeMap<>()).merge(count.level(), count.n(), Long::sum);
        }

        void merge(Counts other) {
            other.byStatus.forEach((kind, statuses) -> statuses.forEach((status, n) -> byStatus
                    .computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, n, Long::sum)));
            other.levels.forEach((kind, found) -> found.forEach((level, n) -> levels
                    .computeIfAbsent(kind, k -> new TreeMap<>()).merge(level, n, Long::sum)));
            total += other.total;
            handedIn += other.handedIn;
            decided += other.decided;
            overdue += other.overdue;
        }

        RollupViews.RollupNode node(UUID id, String code, String name, String typeCode, int childUnits) {
            return new RollupViews.RollupNode(id, code, name, typeCode, childUnits, total, handedIn, decided, overdue,
                    total > 0 && handedIn == total, byStatus, levels);
        }
    }
}
