package vn.tusoi.review.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.events.SuggestionIssued;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignView;

/**
 * "Gợi ý kiểm điểm": the superior's leadership or organization body writes to a unit or a member below it in the
 * campaign's scope; the report concerned cannot be submitted until it answers each one.
 */
@Service
public class SuggestionService {

    private final JdbcClient jdbc;
    private final CampaignService campaigns;
    private final OrgUnitReplica units;
    private final OrgMemberReplica members;
    private final PositionRights rights;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuggestionService(JdbcClient jdbc, CampaignService campaigns, OrgUnitReplica units, OrgMemberReplica members,
            PositionRights rights, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.units = units;
        this.members = members;
        this.rights = rights;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Suggestion issue(UUID campaignId, NewSuggestion request, Caller caller) {
        if ((request.targetUnitId() == null) == (request.targetMemberId() == null)) {
            throw ApiException.badRequest("suggestion.target.one");
        }
        // the campaign, the target and the right are checked together: whoever is not above a unit the campaign
        // covers learns nothing, not even whether the campaign, the unit or the member exists
        PositionRights.Held held = rights.held(caller);
        CampaignView campaign = campaigns.byId(campaignId)
                .filter(found -> targetUnit(request).filter(unit -> found.covers(unit.path()))
                        .filter(unit -> caller.isSystemAdmin() || held.isSuperiorOf(unit.id(), unit.path()))
                        .isPresent())
                .orElseThrow(() -> ApiException.notFound("suggestion.target.not-found"));
        if ("CLOSED".equals(campaign.status())) {
            throw ApiException.conflict("campaign.closed", campaign.title());
        }
        Suggestion suggestion = new Suggestion(Ids.newId(), campaignId, request.targetUnitId(),
                request.targetMemberId(), request.body().strip(), caller.subject(), clock.instant());
        jdbc.sql("""
                insert into review_suggestion (id, campaign_id, target_unit_id, target_member_id, body, issued_by,
                                               issued_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(suggestion.id()), UuidBytes.of(campaignId), UuidBytes.of(request.targetUnitId()),
                        UuidBytes.of(request.targetMemberId()), suggestion.body(), suggestion.issuedBy(),
                        UtcTimes.of(suggestion.issuedAt()))
                .update();
        events.publishEvent(new SuggestionIssued(Ids.newId(), campaignId, suggestion.id(), request.targetUnitId(),
                request.targetMemberId(), suggestion.issuedAt()));
        return suggestion;
    }

    /** Every suggestion of a campaign, for those who may see the campaign. */
    @Transactional(readOnly = true)
    public List<Suggestion> list(UUID campaignId, Caller caller) {
        campaigns.find(campaignId, caller);
        return jdbc.sql("select " + COLUMNS + " from review_suggestion where campaign_id = ? order by issued_at, id")
                .param(UuidBytes.of(campaignId)).query((rs, row) -> suggestion(rs)).list();
    }

    /** The suggestions a unit's collective report must answer. */
    public List<Suggestion> toUnit(UUID campaignId, UUID unitId) {
        return jdbc.sql("select " + COLUMNS + " from review_suggestion where campaign_id = ? and target_unit_id = ?"
                        + " order by issued_at, id")
                .params(UuidBytes.of(campaignId), UuidBytes.of(unitId)).query((rs, row) -> suggestion(rs)).list();
    }

    /** The suggestions a member's individual reviews must answer. */
    public List<Suggestion> toMember(UUID campaignId, UUID memberId) {
        return jdbc.sql("select " + COLUMNS + " from review_suggestion where campaign_id = ?"
                        + " and target_member_id = ? order by issued_at, id")
                .params(UuidBytes.of(campaignId), UuidBytes.of(memberId)).query((rs, row) -> suggestion(rs)).list();
    }

    private static final String COLUMNS = "id, campaign_id, target_unit_id, target_member_id, body, issued_by, "
            + "issued_at";

    /** The unit the suggestion goes to (a member's chi bộ for a member), if it and the member are active. */
    private Optional<ReplicatedUnit> targetUnit(NewSuggestion request) {
        Optional<UUID> unitId = request.targetUnitId() != null ? Optional.of(request.targetUnitId())
                : members.find(request.targetMemberId()).filter(found -> "ACTIVE".equals(found.status()))
                        .map(ReplicatedMember::homeUnitId);
        return unitId.flatMap(units::find).filter(unit -> "ACTIVE".equals(unit.status()));
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        return new Suggestion(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                UuidBytes.uuid(rs.getBytes(3)), UuidBytes.uuid(rs.getBytes(4)), rs.getString(5), rs.getString(6),
                UtcTimes.instant(rs, 7));
    }
}
