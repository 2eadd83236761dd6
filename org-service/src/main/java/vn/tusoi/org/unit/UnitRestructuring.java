package vn.tusoi.org.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.org.member.MemberDirectory;
import vn.tusoi.org.member.MemberService;
import vn.tusoi.org.member.TransferRequest;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;

/**
 * Renaming, moving and closing units. Each change is audited with the state before and after, and every unit
 * whose state changed is published again (a move changes the path of the whole subtree).
 */
@Service
public class UnitRestructuring {

    static final String AUDIT_TYPE = "ORG_UNIT";

    private final OrgUnitRepository units;
    private final OrgUnitService lookup;
    private final UnitTypeRules types;
    private final MemberDirectory members;
    private final MemberService memberService;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    UnitRestructuring(OrgUnitRepository units, OrgUnitService lookup, UnitTypeRules types, MemberDirectory members,
            MemberService memberService, AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc,
            Clock clock) {
        this.units = units;
        this.lookup = lookup;
        this.types = types;
        this.members = members;
        this.memberService = memberService;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public OrgUnit rename(UUID unitId, String newName, Caller caller, CallerScope scope) {
        OrgUnit unit = lookup.managedUnit(unitId, scope);
        UnitView before = UnitView.of(unit);
        unit.rename(newName.trim(), clock.instant());
        OrgUnit saved = units.saveAndFlush(unit);
        audit.record(caller, "RENAME", AUDIT_TYPE, unitId, before, UnitView.of(saved));
        events.publishEvent(saved.changed());
        return saved;
    }

    @Transactional
    public OrgUnit close(UUID unitId, Caller caller, CallerScope scope) {
        OrgUnit unit = lookup.managedUnit(unitId, scope);
        if (unit.getStatus() == OrgUnit.Status.CLOSED) {
            throw ApiException.conflict("unit.already-closed", unit.getName());
        }
        if (units.existsByParentIdAndStatus(unitId, OrgUnit.Status.ACTIVE)) {
            throw ApiException.conflict("unit.close.has-children", unit.getName());
        }
        long activeMembers = members.countActiveMembersOf(unitId);
        if (activeMembers > 0) {
            throw ApiException.conflict("unit.close.has-members", unit.getName(), activeMembers);
        }
        UnitView before = UnitView.of(unit);
        unit.close(clock.instant());
        OrgUnit saved = units.saveAndFlush(unit);
        audit.record(caller, "CLOSE", AUDIT_TYPE, unitId, before, UnitView.of(saved));
        events.publishEvent(saved.changed());
        return saved;
    }

    /** Moves a unit with its whole subtree under another parent. */
    @Transactional
    public OrgUnit move(UUID unitId, UUID newParentId, Caller caller, CallerScope scope) {
        lockTree();
        OrgUnit unit = lookup.managedUnit(unitId, scope);
        if (unit.getParentId() == null) {
            throw ApiException.badRequest("unit.move.root");
        }
        OrgUnit newParent = units.findById(newParentId)
                .filter(parent -> scope.canSee(parent.getId(), parent.getPath()))
                .orElseThrow(() -> ApiException.notFound("unit.parent.not-found", newParentId));
        if (!scope.canManage(newParent.getPath())) {
            throw ApiException.forbidden("unit.manage.forbidden", newParent.getName());
        }
        if (newParent.isWithin(unit.getPath())) {
            throw ApiException.badRequest("unit.move.cycle", unit.getName(), newParent.getName());
        }
        if (newParent.getStatus() != OrgUnit.Status.ACTIVE) {
            throw ApiException.conflict("unit.parent.closed", newParent.getName());
        }
        if (!types.allows(newParent.getTypeCode(), unit.getTypeCode())) {
            throw ApiException.badRequest("unit.type.not-allowed", types.name(unit.getTypeCode()),
                    types.name(newParent.getTypeCode()));
        }
        if (newParentId.equals(unit.getParentId())) {
            return unit;
        }
        UnitView before = UnitView.of(unit);
        String oldPrefix = unit.getPath();
        String newPrefix = newParent.getPath() + unit.getId() + "/";
        units.rewriteSubtreePaths(oldPrefix, newPrefix, oldPrefix.length() + 1,
                newParent.getDepth() + 1 - unit.getDepth(), clock.instant());
        units.reparent(unitId, newParentId);

        List<OrgUnit> moved = units.findByPathStartingWithOrderByPath(newPrefix);
        moved.forEach(each -> events.publishEvent(each.changed()));
        OrgUnit after = moved.get(0);
        audit.record(caller, "MOVE", AUDIT_TYPE, unitId, before, UnitView.of(after));
        return after;
    }

    /**
     * Merges a unit into another (sáp nhập): its units move under the other, its members transfer there with
     * history, and it is closed.
     */
    @Transactional
    public OrgUnit merge(UUID unitId, UUID intoId, LocalDate on, Caller caller, CallerScope scope) {
        lockTree();
        OrgUnit unit = lookup.managedUnit(unitId, scope);
        OrgUnit into = lookup.managedUnit(intoId, scope);
        if (unitId.equals(intoId) || into.isWithin(unit.getPath())) {
            throw ApiException.badRequest("unit.merge.into-itself", unit.getName(), into.getName());
        }
        if (unit.getStatus() != OrgUnit.Status.ACTIVE || into.getStatus() != OrgUnit.Status.ACTIVE) {
            throw ApiException.conflict("unit.merge.closed");
        }
        UnitView before = UnitView.of(unit);
        for (OrgUnit child : units.findByParentIdAndStatusOrderByCode(unitId, OrgUnit.Status.ACTIVE)) {
            move(child.getId(), intoId, caller, scope);
        }
        for (UUID memberId : members.activeMembersOf(unitId)) {
            memberService.transfer(memberId, new TransferRequest(intoId, on), caller, scope);
        }
        OrgUnit closed = close(unitId, caller, scope);
        audit.record(caller, "MERGE", AUDIT_TYPE, unitId, before, Map.of("mergedInto", UnitView.of(into),
                "closed", UnitView.of(closed)));
        return closed;
    }

    /** One structural change at a time: concurrent moves could otherwise build a cycle or lose a path. */
    void lockTree() {
        jdbc.sql("select id from tree_lock where id = 1 for update").query(Integer.class).single();
    }
}
