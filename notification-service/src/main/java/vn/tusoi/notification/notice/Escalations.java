package vn.tusoi.notification.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.tusoi.notification.delivery.Channel;
import vn.tusoi.notification.delivery.Deliveries;
import vn.tusoi.notification.delivery.NewDelivery;
import vn.tusoi.notification.tracking.TrackedAssignment;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.text.VietnameseDates;

/**
 * Overdue work reported upwards as one digest per recipient and day: a member's late review to the bí thư and phó
 * bí thư of the unit where it is due; work still late after some days (a collective report at once) to the
 * organization body of the nearest unit above that has one. A digest lists who, where and since when, never what
 * anything says.
 */
@Component
public class Escalations {

    static final int TO_SUPERIOR_AFTER_DAYS = 3;
    private static final int MAX_LINES = 50;

    private final UnitLeaders leaders;
    private final OrgUnitReplica units;
    private final OrgMemberReplica members;
    private final Deliveries deliveries;
    private final Clock clock;

    Escalations(UnitLeaders leaders, OrgUnitReplica units, OrgMemberReplica members, Deliveries deliveries,
            Clock clock) {
        this.leaders = leaders;
        this.units = units;
        this.members = members;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** @return the number of digests queued (each once a day per recipient) */
    public int escalate(List<TrackedAssignment> overdue) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Optional<ReplicatedUnit>> unitCache = new HashMap<>();
        Map<UUID, ReplicatedMember> writers = members.findAll(overdue.stream().map(TrackedAssignment::memberId)
                .filter(Objects::nonNull).toList());
        Map<UUID, List<String>> digests = new LinkedHashMap<>();
        for (TrackedAssignment assignment : overdue) {
            Optional<ReplicatedUnit> place = unitCache.computeIfAbsent(assignment.placeUnitId(), units::find);
            if (place.isEmpty()) {
                continue;
            }
            String line = line(assignment, place.get(), writers);
            if (assignment.memberId() != null) {
                for (UUID leader : leaders.of(place.get().id())) {
                    if (!leader.equals(assignment.memberId())) {
                        digests.computeIfAbsent(leader, l -> new ArrayList<>()).add(line);
                    }
                }
            }
            long late = ChronoUnit.DAYS.between(assignment.due(), today);
            if (assignment.memberId() == null || late >= TO_SUPERIOR_AFTER_DAYS) {
                for (UUID body : organizationBodyAbove(place.get())) {
                    digests.computeIfAbsent(body, b -> new ArrayList<>()).add(line);
                }
            }
        }
        List<NewDelivery> queued = new ArrayList<>();
        digests.forEach((recipient, lines) -> {
            Map<String, String> params = Map.of("count", Integer.toString(lines.size()), "items", items(lines),
                    "link", "/", "task", "ANY");
            for (Channel channel : NoticeKind.ESCALATION.channels()) {
                queued.add(new NewDelivery("digest:" + today, recipient, channel, NoticeKind.ESCALATION.name(), null,
                        null, params, clock.instant()));
            }
        });
        deliveries.enqueue(queued);
        return digests.size();
    }

    /** Staff of the organization body of the nearest unit above that has one. */
    private List<UUID> organizationBodyAbove(ReplicatedUnit place) {
        String[] path = place.path().split("/");
        for (int i = path.length - 2; i >= 1; i--) {
            List<UUID> body = leaders.organizationBodyOf(UUID.fromString(path[i]));
            if (!body.isEmpty()) {
                return body;
            }
        }
        return List.of();
    }

    private static String line(TrackedAssignment assignment, ReplicatedUnit place,
            Map<UUID, ReplicatedMember> writers) {
        String who = assignment.memberId() == null ? place.name()
                : Optional.ofNullable(writers.get(assignment.memberId())).map(ReplicatedMember::fullName).orElse("?")
                        + ", " + place.name();
        return "- " + who + " (" + VietnameseDates.DAY.format(assignment.due()) + ")";
    }

    private static String items(List<String> lines) {
        List<String> shown = lines.size() <= MAX_LINES ? lines : lines.subList(0, MAX_LINES);
        String more = lines.size() <= MAX_LINES ? "" : "\n+ " + (lines.size() - MAX_LINES);
        return String.join("\n", shown) + more;
    }
}
