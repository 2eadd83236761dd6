package vn.tusoi.review.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignUnit;
import vn.tusoi.review.lifecycle.ReviewStatus;

/**
 * How far a campaign has got under one unit, a level at a time: for the unit and each unit right under it, the
 * reports placed in its whole subtree, how many are submitted (or discussed) and how many are past their deadline.
 * Read from the campaign's counters ({@link Tallies}: a few rows per unit), one query per level opened.
 */
@Service
class CampaignProgress {

    /** Counts for one unit's subtree. {@code childUnits} tells whether the level under it can be opened. */
    record Tally(UUID unitId, String code, String name, String typeCode, int childUnits, long total, long done,
            long late) {
    }

    /** The unit's whole subtree, the reports placed at the unit itself, and each unit right under it. */
    record Level(Tally unit, Tally own, List<Tally> children) {
    }

    private static final String DONE = "t.status in (" + ReviewStatus.handedInSql() + ")";

    private final JdbcClient jdbc;
    private final PositionRights rights;
    private final CampaignService campaigns;
    private final Clock clock;

    CampaignProgress(JdbcClient jdbc, PositionRights rights, CampaignService campaigns,
            Clock clock) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Level under(UUID campaignId, UUID unitId, Caller caller) {
        PositionRights.Held held = rights.held(caller);
        // the unit's leadership, its issuers (who follow their own campaigns from the top) and those above it
        ReplicatedUnit unit = campaigns.unitOf(campaignId, unitId).map(CampaignUnit::unit)
                .filter(found -> held.mayIssueFor(unitId) || held.leads(unitId)
                        || held.isSuperiorOf(unitId, found.path()))
                .orElseThrow(() -> ApiException.notFound("assignment.unit.not-found", unitId));
        LocalDate today = LocalDate.now(clock);
        byte[] campaign = UuidBytes.of(campaignId);
        List<Tally> children = jdbc.sql("""
                select c.id, c.code, c.name, c.type_code,
                       (select count(*) from org_unit_replica k where k.parent_id = c.id and k.status = 'ACTIVE'),
                       coalesce(sum(t.n), 0), coalesce(sum(case when :done then t.n else 0 end), 0),
                       coalesce(sum(case when not (:done) and t.due < :today then t.n else 0 end), 0)
                from org_unit_replica c
                left join org_unit_replica u on u.path like concat(c.path, '%')
                left join review_status_tally t on t.campaign_id = :campaign and t.unit_id = u.id
                where c.parent_id = :unit and c.status = 'ACTIVE'
                group by c.id, c.code, c.name, c.type_code
                order by c.code
                """.replace(":done", DONE))
                .param("today", today).param("campaign", campaign).param("unit", UuidBytes.of(unitId))
                .query((rs, row) -> new Tally(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
        Tally own = jdbc.sql("""
                select coalesce(sum(t.n), 0), coalesce(sum(case when :done then t.n else 0 end), 0),
                       coalesce(sum(case when not (:done) and t.due < :today then t.n else 0 end), 0)
                from review_status_tally t where t.campaign_id = :campaign and t.unit_id = :unit
                """.replace(":done", DONE))
                .param("today", today).param("campaign", campaign).param("unit", UuidBytes.of(unitId))
                .query((rs, row) -> new Tally(unitId, null, unit.name(), null, children.size(), rs.getLong(1),
                        rs.getLong(2), rs.getLong(3)))
                .single();
        Tally whole = new Tally(unitId, null, unit.name(), null, children.size(),
                own.total() + children.stream().mapToLong(Tally::total).sum(),
                own.done() + children.stream().mapToLong(Tally::done).sum(),
                own.late() + children.stream().mapToLong(Tally::late).sum());
        return new Level(whole, own, children);
    }
}
