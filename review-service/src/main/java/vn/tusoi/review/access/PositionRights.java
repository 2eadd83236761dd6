package vn.tusoi.review.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.platform.security.Caller;

/**
 * What the caller may do in the review process, from the positions the org replica says they hold today (not
 * from the login token): issuers (bí thư, phó bí thư, thường vụ, organization body) act for their unit's subtree,
 * a unit's committee (bí thư, phó bí thư, thường vụ, cấp ủy viên) leads that unit.
 */
@Component
public class PositionRights {

    private static final Set<String> ISSUERS = Set.of(MemberChanged.Position.BI_THU,
            MemberChanged.Position.PHO_BI_THU, MemberChanged.Position.THUONG_VU, MemberChanged.Position.ORG_BODY);
    private static final Set<String> COMMITTEE = Set.of(MemberChanged.Position.BI_THU,
            MemberChanged.Position.PHO_BI_THU, MemberChanged.Position.THUONG_VU, MemberChanged.Position.CAP_UY_VIEN);

    private final OrgMemberReplica members;
    private final Clock clock;

    PositionRights(OrgMemberReplica members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** The positions the caller holds today, empty for a caller who is not an active member. */
    public Held held(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Optional<ReplicatedMember> member = caller.memberId().flatMap(members::find)
                .filter(found -> "ACTIVE".equals(found.status()));
        List<MemberChanged.Position> positions = member.map(ReplicatedMember::positions).orElse(List.of())
                .stream().filter(position -> position.heldOn(today)).toList();
        return new Held(caller, member.map(ReplicatedMember::homeUnitId), positions);
    }

    public static boolean isCommitteeTitle(String title) {
        return COMMITTEE.contains(title);
    }

    /**
     * The caller's positions today, asked several questions within one request.
     *
     * @param homeUnitId the chi bộ of a caller who is an active member
     */
    public record Held(Caller caller, Optional<UUID> homeUnitId, List<MemberChanged.Position> positions) {

        /** Units the caller may issue campaigns and suggestions for. */
        public Set<UUID> issuingUnits() {
            return unitsWith(ISSUERS);
        }

        /** Units whose committee the caller sits on. */
        public Set<UUID> ledUnits() {
            return unitsWith(COMMITTEE);
        }

        public boolean mayIssueFor(UUID unitId) {
            return caller.isSystemAdmin() || issuingUnits().contains(unitId);
        }

        public boolean leads(UUID unitId) {
            return ledUnits().contains(unitId);
        }

        /**
         * Whether the caller is an issuer of a unit strictly above the given one (its path lists its ancestors
         * and itself, {@code /a/b/c/}).
         */
        public boolean isSuperiorOf(UUID unitId, String unitPath) {
            Set<UUID> issuing = issuingUnits();
            for (String segment : unitPath.split("/")) {
                if (!segment.isEmpty() && !segment.equals(unitId.toString())
                        && issuing.contains(UUID.fromString(segment))) {
                    return true;
                }
            }
            return false;
        }

        private Set<UUID> unitsWith(Set<String> titles) {
            return positions.stream().filter(position -> titles.contains(position.title()))
                    .map(MemberChanged.Position::unitId).collect(Collectors.toUnmodifiableSet());
        }
    }
}
