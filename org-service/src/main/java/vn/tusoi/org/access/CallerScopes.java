package vn.tusoi.org.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tusoi.org.position.HeldPosition;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.org.position.PositionTitle;
import vn.tusoi.platform.security.Caller;

/** Resolves a caller's scope from the org tree at the time of the request, not from token claims. */
@Component
public class CallerScopes {

    private final PositionDirectory members;

    CallerScopes(PositionDirectory members) {
        this.members = members;
    }

    public CallerScope of(Caller caller) {
        if (caller.isSystemAdmin()) {
            return new CallerScope(true, Set.of(), null, Set.of());
        }
        if (caller.memberId().isEmpty()) {
            return new CallerScope(false, Set.of(), null, Set.of());
        }
        UUID memberId = caller.memberId().get();
        List<HeldPosition> positions = members.currentPositions(memberId);
        Set<String> visible = positions.stream().map(HeldPosition::unitPath).collect(Collectors.toUnmodifiableSet());
        Set<String> managed = caller.hasRole(Caller.ROLE_ORG_ADMIN)
                ? positions.stream().filter(p -> p.title() == PositionTitle.ORG_ADMIN).map(HeldPosition::unitPath)
                        .collect(Collectors.toUnmodifiableSet())
                : Set.of();
        UUID home = members.homeUnit(memberId).map(HeldPosition::unitId).orElse(null);
        return new CallerScope(false, visible, home, managed);
    }
}
