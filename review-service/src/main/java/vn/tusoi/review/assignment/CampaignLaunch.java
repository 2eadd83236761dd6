package vn.tusoi.review.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.CampaignView;
import vn.tusoi.review.campaign.LaunchTicket;

/**
 * Launching a campaign: every assignment its scope calls for, from the org replica as it is now, written in one
 * transaction (a crash leaves nothing half-done) that skips the assignments already there. Launching again later
 * therefore brings in the members and units added since, and changes nothing else. The launch reads the members
 * in scope once and holds the campaign's existing keys in memory: for a province that is a few tens of MiB.
 */
@Service
public class CampaignLaunch {

    private static final Logger log = LoggerFactory.getLogger(CampaignLaunch.class);
    private static final TypeReference<List<MemberChanged.Position>> POSITIONS = new TypeReference<>() {
    };
    private static final int WRITE_BATCH = 2_000;

    private final CampaignService campaigns;
    private final AssignmentWriter writer;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignLaunch(CampaignService campaigns, AssignmentWriter writer, JdbcClient jdbc, JsonMapper json,
            ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.writer = writer;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public LaunchResult launch(UUID campaignId, Caller caller) {
        long started = System.nanoTime();
        LaunchTicket ticket = campaigns.beginLaunch(campaignId, caller);
        CampaignView campaign = ticket.campaign();
        Set<AssignmentKey> existing = existingKeys(campaignId);
        AssignmentPlanner planner = new AssignmentPlanner(campaign, scopeUnits(campaign));
        List<NewAssignment> batch = new ArrayList<>(WRITE_BATCH);
        long[] created = {0};
        Consumer<NewAssignment> out = assignment -> {
            if (existing.contains(AssignmentKey.of(assignment))) {
                return;
            }
            batch.add(assignment);
            created[0]++;
            if (batch.size() == WRITE_BATCH) {
                writer.write(campaignId, ticket.round(), batch);
                batch.clear();
            }
        };
        planner.collectives(out);
        // one read of the members in scope (the driver buffers it), planned and written as it is read
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                select id, home_unit_id, holds_leadership_post, outside_political_system, positions
                from org_member_replica where home_unit_path like concat(?, '%') and status = 'ACTIVE'
                """)
                .param(campaign.issuingUnitPath())
                .query(rs -> {
                    planner.member(new AssignmentPlanner.ScopeMember(UuidBytes.uuid(rs.getBytes(1)),
                            UuidBytes.uuid(rs.getBytes(2)), rs.getBoolean(3), rs.getBoolean(4),
                            positionsOn(rs.getString(5), today)), out);
                });
        if (!batch.isEmpty()) {
            writer.write(campaignId, ticket.round(), batch);
        }
        long total = existing.size() + created[0];
        if (created[0] == 0 && campaign.isOpen()) {
            // nothing new: the campaign, its round and its events stay as they were
            return new LaunchResult(campaign, ticket.round() - 1, 0, total);
        }
        CampaignView launched = campaigns.completeLaunch(ticket);
        events.publishEvent(new AssignmentsLaunched(Ids.newId(), campaignId, ticket.round()));
        log.info("Campaign {} launch {}: {} assignments added, {} in all, in {} ms", campaignId, ticket.round(),
                created[0], total, (System.nanoTime() - started) / 1_000_000);
        return new LaunchResult(launched, ticket.round(), created[0], total);
    }

    /** The campaigns whose window is open, for the periodic top-up. */
    List<UUID> openCampaigns() {
        return jdbc.sql("select id from campaign where status = 'LAUNCHED' order by launched_at")
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list();
    }

    /** What identifies an assignment within its campaign (the table's unique key). */
    private record AssignmentKey(AssignmentKind kind, UUID placeUnitId, UUID memberId) {
        static AssignmentKey of(NewAssignment assignment) {
            return new AssignmentKey(assignment.kind(), assignment.placeUnitId(), assignment.memberId());
        }
    }

    /** The campaign's assignments so far; the campaign row's lock keeps them from changing during the launch. */
    private Set<AssignmentKey> existingKeys(UUID campaignId) {
        Set<AssignmentKey> keys = new HashSet<>();
        jdbc.sql("select kind, place_unit_id, member_id from review_assignment where campaign_id = ?")
                .param(UuidBytes.of(campaignId))
                .query(rs -> {
                    keys.add(new AssignmentKey(AssignmentKind.valueOf(rs.getString(1)),
                            UuidBytes.uuid(rs.getBytes(2)), UuidBytes.uuid(rs.getBytes(3))));
                });
        return keys;
    }

    /** Active units below the issuing unit, of the campaign's unit types when it names some. */
    private Map<UUID, AssignmentPlanner.ScopeUnit> scopeUnits(CampaignView campaign) {
        int issuerDepth = depth(campaign.issuingUnitPath());
        Map<UUID, AssignmentPlanner.ScopeUnit> units = new HashMap<>();
        jdbc.sql("""
                select id, path, type_code from org_unit_replica
                where path like concat(?, '%') and path <> ? and status = 'ACTIVE'
                """)
                .params(campaign.issuingUnitPath(), campaign.issuingUnitPath())
                .query(rs -> {
                    if (campaign.unitTypes().isEmpty() || campaign.unitTypes().contains(rs.getString(3))) {
                        UUID id = UuidBytes.uuid(rs.getBytes(1));
                        units.put(id, new AssignmentPlanner.ScopeUnit(id, depth(rs.getString(2)) - issuerDepth));
                    }
                });
        return units;
    }

    private List<MemberChanged.Position> positionsOn(String positions, LocalDate day) {
        if (positions == null || "[]".equals(positions)) {
            return List.of();
        }
        return json.readValue(positions, POSITIONS).stream().filter(p -> p.heldOn(day)).toList();
    }

    /** {@code /a/b/} lies at depth 2. */
    private static int depth(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 1;
    }
}
