package vn.tusoi.review.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
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
        CampaignView campaign = campaigns.byId(campaignId)
                .orElseThrow(() -> ApiException.notFound("campaign.not-found", campaignId));
        if ("CLOSED".equals(campaign.status())) {
            throw ApiException.conflict("campaign.closed", campaign.title());
        }
        ReplicatedUnit unit = targetUnit(request);
        if (!campaign.covers(unit.path())) {
            throw ApiException.badRequest("suggestion.target.out-of-scope", unit.name(), campaign.title());
        }
        if (!caller.isSystemAdmin() && !rights.held(caller).isSuperiorOf(unit.id(), unit.path())) {
            throw ApiException.forbidden("suggestion.issue.forbidden", unit.name());
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

    private ReplicatedUnit targetUnit(NewSuggestion request) {
        UUID unitId = request.targetUnitId();
        if (unitId == null) {
            ReplicatedMember member = members.find(request.targetMemberId())
                    .filter(found -> "ACTIVE".equals(found.status()))
                    .orElseThrow(() -> ApiException.notFound("suggestion.member.not-found", request.targetMemberId()));
            unitId = member.homeUnitId();
        }
        UUID id = unitId;
        return units.find(id).filter(unit -> "ACTIVE".equals(unit.status()))
                .orElseThrow(() -> ApiException.notFound("campaign.unit.not-found", id));
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        return new Suggestion(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                UuidBytes.uuid(rs.getBytes(3)), UuidBytes.uuid(rs.getBytes(4)), rs.getString(5), rs.getString(6),
                UtcTimes.instant(rs, 7));
    }
}
