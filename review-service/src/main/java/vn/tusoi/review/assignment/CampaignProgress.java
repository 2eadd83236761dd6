package vn.tusoi.review.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.lifecycle.ReviewStatus;

/**
 * How far a campaign has got under one unit, a level at a time: for the unit and each unit right under it, the
 * reports placed in its whole subtree, how many are submitted (or discussed) and how many are past their deadline.
 * Counted in the database, so following 6,000 units costs one query per level opened, not one per unit.
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

    private static final String DONE = "status in (" + ReviewStatus.handedInSql() + ")";

    private final JdbcClient jdbc;
    private final PositionRights rights;
    private final CampaignService campaigns;
    private final OrgUnitReplica units;
    private final Clock clock;

    CampaignProgress(JdbcClient jdbc, PositionRights rights, CampaignService campaigns, OrgUnitReplica units,
            Clock clock) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.campaigns = campaigns;
        this.units = units;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Level under(UUID campaignId, UUID unitId, Caller caller) {
        campaigns.byId(campaignId).orElseThrow(() -> ApiException.notFound("campaign.not-found", campaignId));
        ReplicatedUnit unit = units.find(unitId)
                .orElseThrow(() -> ApiException.notFound("campaign.unit.not-found", unitId));
        PositionRights.Held held = rights.held(caller);
        // the unit's leadership, its issuers (who follow their own campaigns from the top) and those above it
        if (!held.mayIssueFor(unitId) && !held.leads(unitId) && !held.isSuperiorOf(unitId, unit.path())) {
            throw ApiException.forbidden("assignment.unit.forbidden", unit.name());
        }
        LocalDate today = LocalDate.now(clock);
        byte[] campaign = UuidBytes.of(campaignId);
        List<Tally> children = jdbc.sql("""
                select c.id, c.code, c.name, c.type_code,
                       (select count(*) from org_unit_replica k where k.parent_id = c.id and k.status = 'ACTIVE'),
                       coalesce(sum(s.total), 0), coalesce(sum(s.done), 0), coalesce(sum(s.late), 0)
                from org_unit_replica c
                left join org_unit_replica u on u.path like concat(c.path, '%')
                left join (select place_unit_id, count(*) total, sum(:done) done,
                                  sum(not (:done) and due < :today) late
                           from review_assignment where campaign_id = :campaign group by place_unit_id) s
                       on s.place_unit_id = u.id
                where c.parent_id = :unit and c.status = 'ACTIVE'
                group by c.id, c.code, c.name, c.type_code
                order by c.code
                """.replace(":done", DONE))
                .param("today", today).param("campaign", campaign).param("unit", UuidBytes.of(unitId))
                .query((rs, row) -> new Tally(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
        Tally own = jdbc.sql("""
                select count(*), coalesce(sum(:done), 0), coalesce(sum(not (:done) and due < :today), 0)
                from review_assignment where campaign_id = :campaign and place_unit_id = :unit
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
