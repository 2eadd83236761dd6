package vn.tusoi.org.position;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may appoint whom to which title. Leadership titles and the organization body read the members' reports of
 * their subtree, so the data's administrators do not hand them out:
 * <ul>
 * <li>nobody appoints themselves, a system administrator included;</li>
 * <li>a leadership title (bí thư, phó bí thư, thường vụ, cấp ủy viên) or the organization body of a unit is given by
 * the superior committee, that is by a bí thư, phó bí thư or thường vụ of a unit above it, or by a system
 * administrator;</li>
 * <li>an organization administrator's title is given by an administrator of a subtree holding the unit, by the
 * superior committee or by a system administrator;</li>
 * <li>a title is ended by whoever may give it, or by an administrator of the unit (ending takes rights away).</li>
 * </ul>
 */
public final class AppointmentPolicy {

    /** The titles through which a unit's superior committee acts. */
    static final Set<PositionTitle> COMMITTEE = Set.of(PositionTitle.BI_THU, PositionTitle.PHO_BI_THU,
            PositionTitle.THUONG_VU);

    public enum Refusal {
        /** One's own appointment. */
        SELF_APPOINTMENT("position.self-appointment"),
        /** Leadership or the organization body, asked for by someone not above the unit. */
        NOT_FROM_ABOVE("position.appoint.from-above"),
        /** No right over the unit at all. */
        NOT_MANAGED("unit.manage.forbidden");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Who appoints, as of the day of the request.
     *
     * @param systemAdmin  a system administrator
     * @param memberId     the member they are, if any
     * @param managedPaths the subtrees they administer (organization administrator positions, with the role)
     * @param positions    the positions they hold
     */
    public record Appointer(boolean systemAdmin, Optional<UUID> memberId, Set<String> managedPaths,
            List<HeldPosition> positions) {

        boolean administers(String unitPath) {
            return managedPaths.stream().anyMatch(unitPath::startsWith);
        }

        /** Administers the unit, or holds any position in it or above it. */
        boolean hasAnyRightOver(String unitPath) {
            return administers(unitPath) || positions.stream().anyMatch(held -> unitPath.startsWith(held.unitPath()));
        }

        /** Holds a committee title in a unit strictly above this one. */
        boolean isSuperiorCommitteeOf(String unitPath) {
            return positions.stream().anyMatch(held -> COMMITTEE.contains(held.title())
                    && unitPath.startsWith(held.unitPath()) && !unitPath.equals(held.unitPath()));
        }
    }

    private AppointmentPolicy() {
    }

    public static Optional<Refusal> appoint(Appointer appointer, UUID memberId, PositionTitle title,
            String unitPath) {
        if (appointer.memberId().filter(memberId::equals).isPresent()) {
            return Optional.of(Refusal.SELF_APPOINTMENT);
        }
        return mayGive(appointer, title, unitPath);
    }

    public static Optional<Refusal> end(Appointer appointer, PositionTitle title, String unitPath) {
        if (appointer.systemAdmin() || appointer.administers(unitPath)) {
            return Optional.empty();
        }
        return mayGive(appointer, title, unitPath);
    }

    private static Optional<Refusal> mayGive(Appointer appointer, PositionTitle title, String unitPath) {
        if (appointer.systemAdmin() || appointer.isSuperiorCommitteeOf(unitPath)) {
            return Optional.empty();
        }
        if (title == PositionTitle.ORG_ADMIN && appointer.administers(unitPath)) {
            return Optional.empty();
        }
        return Optional.of(appointer.hasAnyRightOver(unitPath) ? Refusal.NOT_FROM_ABOVE : Refusal.NOT_MANAGED);
    }
}
