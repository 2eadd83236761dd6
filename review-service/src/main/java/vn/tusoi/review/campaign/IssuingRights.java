package vn.tusoi.review.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.platform.security.Caller;

/**
 * Who may run a campaign for a unit: its leadership (bí thư, phó bí thư, thường vụ) and its organization body,
 * as the org replica says today; system administrators too.
 */
@Component
class IssuingRights {

    private static final Set<String> ISSUERS = Set.of("BI_THU", "PHO_BI_THU", "THUONG_VU", "ORG_BODY");

    private final OrgMemberReplica members;
    private final Clock clock;

    IssuingRights(OrgMemberReplica members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    boolean mayIssue(Caller caller, UUID unitId) {
        return caller.isSystemAdmin() || issuingUnits(caller).contains(unitId);
    }

    /** The units the caller may issue campaigns for today, by their positions. */
    Set<UUID> issuingUnits(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        return caller.memberId().flatMap(members::find)
                .filter(member -> "ACTIVE".equals(member.status()))
                .map(member -> member.positions().stream()
                        .filter(position -> ISSUERS.contains(position.title()) && heldOn(position, today))
                        .map(MemberChanged.Position::unitId)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    private static boolean heldOn(MemberChanged.Position position, LocalDate day) {
        return !position.validFrom().isAfter(day) && (position.validTo() == null || !position.validTo().isBefore(day));
    }
}
