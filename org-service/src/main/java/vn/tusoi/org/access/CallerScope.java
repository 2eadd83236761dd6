package vn.tusoi.org.access;

import java.util.Set;
import java.util.UUID;

/**
 * What the caller may see and manage in the tree, derived from their positions today.
 *
 * @param everything    system administrator
 * @param visiblePaths  subtrees the caller sees (units where they hold any position)
 * @param homeUnitId    the caller's own chi bộ, always visible
 * @param managedPaths  subtrees whose data the caller maintains (org administrator positions)
 */
public record CallerScope(boolean everything, Set<String> visiblePaths, UUID homeUnitId, Set<String> managedPaths) {

    public boolean canManage(String unitPath) {
        return everything || managedPaths.stream().anyMatch(unitPath::startsWith);
    }

    /** Member lists and records of a unit: for those who hold a position over it, not for its plain members. */
    public boolean canSeeMembersOf(String unitPath) {
        return everything || visiblePaths.stream().anyMatch(unitPath::startsWith);
    }

    public boolean canSee(UUID unitId, String unitPath) {
        return everything || unitId.equals(homeUnitId) || visiblePaths.stream().anyMatch(unitPath::startsWith);
    }
}
