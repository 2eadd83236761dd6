package vn.tusoi.notification.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.tusoi.notification.delivery.Deliveries;
import vn.tusoi.notification.delivery.MessageRenderer;
import vn.tusoi.notification.delivery.NewDelivery;
import vn.tusoi.notification.tracking.TrackedAssignment;
import vn.tusoi.notification.tracking.TrackedAssignments;
import vn.tusoi.notification.tracking.TrackedCampaign;
import vn.tusoi.notification.tracking.TrackedRemediation;

/**
 * Turns what happened into queued messages: who is told (the writer; for a collective report the unit's bí thư
 * and phó bí thư), on which channels, with which facts. Each notice has a key, so it is queued once however often
 * the event or the sweep comes by.
 */
@Component
public class Notices {

    private final Deliveries deliveries;
    private final TrackedAssignments assignments;
    private final UnitLeaders leaders;
    private final Clock clock;

    Notices(Deliveries deliveries, TrackedAssignments assignments, UnitLeaders leaders, Clock clock) {
        this.deliveries = deliveries;
        this.assignments = assignments;
        this.leaders = leaders;
        this.clock = clock;
    }

    /** Tells each writer that a campaign has given them something to write. */
    public void assigned(List<TrackedAssignment> added) {
        List<NewDelivery> queued = new ArrayList<>();
        Map<UUID, TrackedCampaign> campaigns = new HashMap<>();
        for (TrackedAssignment assignment : added) {
            queued.addAll(about(assignment, NoticeKind.ASSIGNED, "assigned:" + assignment.id(), campaigns));
        }
        deliveries.enqueue(queued);
    }

    /** A reminder of one stage ({@code D7}, {@code D0}, {@code O2}, ...) of an assignment's deadline. */
    public void remind(List<Map.Entry<TrackedAssignment, String>> stages) {
        List<NewDelivery> queued = new ArrayList<>();
        Map<UUID, TrackedCampaign> campaigns = new HashMap<>();
        for (Map.Entry<TrackedAssignment, String> stage : stages) {
            TrackedAssignment assignment = stage.getKey();
            queued.addAll(about(assignment, NoticeKind.REMINDER,
                    "reminder:" + assignment.id() + ":" + assignment.due() + ":" + stage.getValue(), campaigns));
        }
        deliveries.enqueue(queued);
    }

    public void returned(TrackedAssignment assignment, long version) {
        deliveries.enqueue(about(assignment, NoticeKind.RETURNED, "returned:" + assignment.id() + ":" + version,
                new HashMap<>()));
    }

    /** A decided rating was published: the writer (a collective's leaders) may read it; the level is not sent. */
    public void published(TrackedAssignment assignment, long version) {
        deliveries.enqueue(about(assignment, NoticeKind.RESULT_PUBLISHED,
                "published:" + assignment.id() + ":" + version, new HashMap<>()));
    }

    /**
     * A remediation item's deadline is coming or has passed (one per stage and deadline): its owner is told, a
     * collective's bí thư and phó bí thư; the message names the campaign and the deadline, never the weakness.
     */
    public void remediationDue(List<Map.Entry<TrackedRemediation, String>> stages) {
        List<NewDelivery> queued = new ArrayList<>();
        Map<UUID, TrackedCampaign> campaigns = new HashMap<>();
        Instant now = clock.instant();
        for (Map.Entry<TrackedRemediation, String> stage : stages) {
            TrackedRemediation item = stage.getKey();
            List<UUID> recipients = item.ownerMemberId() != null ? List.of(item.ownerMemberId())
                    : leaders.of(item.placeUnitId());
            Map<String, String> params = params(campaign(item.campaignId(), campaigns), item.due(), "REMEDIATION",
                    "/reports/" + item.assignmentId());
            String key = "remediation:" + item.id() + ":" + item.due() + ":" + stage.getValue();
            for (UUID recipient : recipients) {
                for (var channel : NoticeKind.REMEDIATION_DUE.channels()) {
                    queued.add(new NewDelivery(key, recipient, channel, NoticeKind.REMEDIATION_DUE.name(),
                            item.campaignId(), null, params, now));
                }
            }
        }
        deliveries.enqueue(queued);
    }

    /** A suggestion to a member, or to a unit (its leaders are told). */
    public void suggestion(UUID campaignId, UUID suggestionId, UUID targetUnitId, UUID targetMemberId) {
        List<UUID> recipients = targetMemberId != null ? List.of(targetMemberId) : leaders.of(targetUnitId);
        Map<String, String> params = params(campaign(campaignId, new HashMap<>()), null, "SUGGESTION",
                "/campaigns/" + campaignId);
        List<NewDelivery> queued = new ArrayList<>();
        for (UUID recipient : recipients) {
            for (var channel : NoticeKind.SUGGESTION.channels()) {
                queued.add(new NewDelivery("suggestion:" + suggestionId, recipient, channel,
                        NoticeKind.SUGGESTION.name(), campaignId, null, params, clock.instant()));
            }
        }
        deliveries.enqueue(queued);
    }

    private List<NewDelivery> about(TrackedAssignment assignment, NoticeKind kind, String topicKey,
            Map<UUID, TrackedCampaign> campaigns) {
        List<UUID> recipients = assignment.memberId() != null ? List.of(assignment.memberId())
                : leaders.of(assignment.placeUnitId());
        Map<String, String> params = params(campaign(assignment.campaignId(), campaigns), assignment.due(),
                assignment.kind(), "/reports/" + assignment.id());
        Instant now = clock.instant();
        List<NewDelivery> queued = new ArrayList<>();
        for (UUID recipient : recipients) {
            for (var channel : kind.channels()) {
                queued.add(new NewDelivery(topicKey, recipient, channel, kind.name(), assignment.campaignId(),
                        assignment.id(), params, now));
            }
        }
        return queued;
    }

    /** Campaigns read once per batch of notices. */
    private TrackedCampaign campaign(UUID campaignId, Map<UUID, TrackedCampaign> campaigns) {
        return campaigns.computeIfAbsent(campaignId,
                id -> assignments.campaign(id).orElseGet(() -> TrackedCampaign.unknown(id)));
    }

    private Map<String, String> params(TrackedCampaign campaign, LocalDate due, String task, String link) {
        Map<String, String> params = new HashMap<>();
        params.put("campaignTitle", campaign.title());
        if (campaign.smsWithDiacritics()) {
            params.put(MessageRenderer.SMS_WITH_DIACRITICS, "true");
        }
        params.put("task", task);
        params.put("link", link);
        if (due != null) {
            params.put("due", due.toString());
            params.put("daysLeft", Long.toString(ChronoUnit.DAYS.between(LocalDate.now(clock), due)));
        }
        return params;
    }
}
