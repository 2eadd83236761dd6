package vn.tusoi.review.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignUnit;

/** Lists of assignments: the caller's own work, and a unit's for its leadership and superiors. */
@Service
class AssignmentQueries {

    private static final String SELECT = """
            select a.id, a.campaign_id, a.kind, a.place_unit_id, u.name, a.member_id, m.full_name, a.template_code,
                   a.due, a.status
            from review_assignment a
            join org_unit_replica u on u.id = a.place_unit_id
            left join org_member_replica m on m.id = a.member_id
            """;

    private final JdbcClient jdbc;
    private final PositionRights rights;
    private final CampaignService campaigns;

    AssignmentQueries(JdbcClient jdbc, PositionRights rights, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.campaigns = campaigns;
    }

    @Transactional(readOnly = true)
    public List<AssignmentSummary> mine(Caller caller, Optional<UUID> campaignId) {
        if (caller.memberId().isEmpty()) {
            return List.of();
        }
        List<byte[]> led = rights.held(caller).ledUnits().stream().map(UuidBytes::of).toList();
        String where = "where (a.member_id = :member"
                + (led.isEmpty() ? "" : " or (a.kind = 'COLLECTIVE' and a.place_unit_id in (:led))") + ")"
                + (campaignId.isPresent() ? " and a.campaign_id = :campaign" : "");
        var query = jdbc.sql(SELECT + where + " order by a.due, a.kind, a.id limit 500")
                .param("member", UuidBytes.of(caller.memberId().get()));
        if (!led.isEmpty()) {
            query = query.param("led", led);
        }
        if (campaignId.isPresent()) {
            query = query.param("campaign", UuidBytes.of(campaignId.get()));
        }
        return query.query((rs, row) -> summary(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<AssignmentSummary> inUnit(UUID campaignId, UUID unitId, Caller caller) {
        PositionRights.Held held = rights.held(caller);
        campaigns.unitOf(campaignId, unitId).map(CampaignUnit::unit)
                .filter(unit -> caller.isSystemAdmin() || held.leads(unitId) || held.isSuperiorOf(unitId, unit.path()))
                .orElseThrow(() -> ApiException.notFound("assignment.unit.not-found", unitId));
        return jdbc.sql(SELECT + "where a.campaign_id = ? and a.place_unit_id = ? order by a.kind, m.full_name, a.id")
                .params(UuidBytes.of(campaignId), UuidBytes.of(unitId)).query((rs, row) -> summary(rs)).list();
    }

    private static AssignmentSummary summary(ResultSet rs) throws SQLException {
        UUID member = UuidBytes.uuid(rs.getBytes(6));
        return new AssignmentSummary(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                rs.getString(3), UuidBytes.uuid(rs.getBytes(4)), rs.getString(5),
                AssignmentPlanner.NO_MEMBER.equals(member) ? null : member, rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getString(10));
    }
}
