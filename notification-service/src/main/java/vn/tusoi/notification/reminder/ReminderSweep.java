package vn.tusoi.notification.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tusoi.notification.notice.Escalations;
import vn.tusoi.notification.notice.Notices;
import vn.tusoi.notification.tracking.TrackedAssignment;
import vn.tusoi.notification.tracking.TrackedAssignments;
import vn.tusoi.notification.tracking.TrackedCampaign;

/**
 * Goes over the assignments not yet submitted whose deadline is near or just past and queues the reminder of the
 * stage each has reached. Run as often as wanted, by as many instances as there are: a reminder is queued once per
 * assignment, stage and channel, and the dispatcher cancels those whose task was done meanwhile.
 */
@Component
public class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);
    private static final int CHUNK = 2_000;

    /** Overdue work is escalated for two weeks; after that the superior follows it up in the campaign's reports. */
    static final int ESCALATE_FOR_DAYS = 14;

    private final TrackedAssignments assignments;
    private final Notices notices;
    private final Escalations escalations;
    private final Clock clock;

    ReminderSweep(TrackedAssignments assignments, Notices notices, Escalations escalations, Clock clock) {
        this.assignments = assignments;
        this.notices = notices;
        this.escalations = escalations;
        this.clock = clock;
    }

    /** @return how many assignments had a stage to remind of */
    @Scheduled(fixedDelayString = "${tusoi.notifications.sweep-interval}")
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        // each campaign its own stages; a campaign not (yet) known by its events has the default ones
        Map<UUID, TrackedCampaign> campaigns = assignments.campaigns();
        Set<UUID> closed = closed(campaigns);
        Map<UUID, ReminderPolicy> policies = new HashMap<>();
        campaigns.values().forEach(campaign -> policies.put(campaign.id(), ReminderPolicy.of(campaign)));
        List<ReminderPolicy> all = new ArrayList<>(policies.values());
        all.add(ReminderPolicy.DEFAULT);
        LocalDate oldest = all.stream().map(policy -> policy.oldestDue(today)).min(LocalDate::compareTo).orElseThrow();
        LocalDate newest = all.stream().map(policy -> policy.newestDue(today)).max(LocalDate::compareTo).orElseThrow();
        List<Map.Entry<TrackedAssignment, String>> stages = new ArrayList<>();
        for (TrackedAssignment assignment : assignments.pendingDueBetween(oldest, newest)) {
            if (closed.contains(assignment.campaignId())) {
                continue;
            }
            policies.getOrDefault(assignment.campaignId(), ReminderPolicy.DEFAULT).stageOn(assignment.due(), today)
                    .ifPresent(stage -> stages.add(new AbstractMap.SimpleEntry<>(assignment, stage)));
        }
        for (int from = 0; from < stages.size(); from += CHUNK) {
            notices.remind(stages.subList(from, Math.min(from + CHUNK, stages.size())));
        }
        log.info("Reminder sweep: {} assignments at a reminder stage", stages.size());
        return stages.size();
    }

    /** Queues today's digests of overdue work; @return how many recipients get one */
    @Scheduled(fixedDelayString = "${tusoi.notifications.sweep-interval}")
    public int escalate() {
        LocalDate today = LocalDate.now(clock);
        Set<UUID> closed = closed(assignments.campaigns());
        List<TrackedAssignment> overdue = assignments.pendingDueBetween(today.minusDays(ESCALATE_FOR_DAYS),
                today.minusDays(1)).stream().filter(assignment -> !closed.contains(assignment.campaignId())).toList();
        int digests = escalations.escalate(overdue);
        log.info("Escalation: {} overdue assignments in {} digests", overdue.size(), digests);
        return digests;
    }

    /** A closed campaign's work can no longer be done: nobody is reminded of it. */
    private static Set<UUID> closed(Map<UUID, TrackedCampaign> campaigns) {
        return campaigns.values().stream().filter(TrackedCampaign::isClosed).map(TrackedCampaign::id)
                .collect(Collectors.toSet());
    }
}
