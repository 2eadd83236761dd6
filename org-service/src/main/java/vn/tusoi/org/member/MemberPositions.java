package vn.tusoi.org.member;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.org.position.AppointmentPolicy;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.org.position.PositionTitle;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;

/**
 * Appointing members to positions and ending them, with history kept. Rights in every service follow these
 * positions, so who may give which title is {@link AppointmentPolicy}'s, and each change is audited and republished
 * with the member.
 */
@Service
public class MemberPositions {

    private final MemberRepository members;
    private final HomeUnits units;
    private final PositionDirectory positions;
    private final MemberService memberService;
    private final AuditLog audit;

    MemberPositions(MemberRepository members, HomeUnits units, PositionDirectory positions,
            MemberService memberService, AuditLog audit) {
        this.members = members;
        this.units = units;
        this.positions = positions;
        this.memberService = memberService;
        this.audit = audit;
    }

    /** The member's positions, past and present. */
    public List<PositionDirectory.HeldIn> held(UUID memberId) {
        return positions.held(memberId);
    }

    @Transactional
    public PositionDirectory.HeldSince appoint(UUID memberId, AppointRequest request, Caller caller,
            CallerScope scope) {
        Member member = members.findById(memberId).filter(m -> m.getStatus() == Member.Status.ACTIVE)
                .orElseThrow(() -> ApiException.notFound("member.not-found", memberId));
        HomeUnits.HomeUnit unit = units.find(request.unitId()).filter(u -> scope.canSee(u.id(), u.path()))
                .orElseThrow(() -> ApiException.notFound("unit.not-found", request.unitId()));
        AppointmentPolicy.appoint(appointer(caller, scope), member.getId(), request.title(), unit.path())
                .ifPresent(refusal -> {
                    throw ApiException.forbidden(refusal.messageKey(), unit.name());
                });
        if (!unit.active()) {
            throw ApiException.conflict("unit.parent.closed", unit.name());
        }
        if (request.title() == PositionTitle.BI_THU
                && positions.isHeld(unit.id(), PositionTitle.BI_THU, request.validFrom())) {
            throw ApiException.conflict("position.secretary.taken", unit.name());
        }
        UUID id = positions.appoint(member.getId(), unit.id(), request.title(), request.validFrom());
        PositionDirectory.HeldSince appointed = positions.find(id, memberId).orElseThrow();
        audit.record(caller, "APPOINT", MemberService.AUDIT_TYPE, memberId, null, appointed);
        memberService.positionsChanged(memberId);
        return appointed;
    }

    private AppointmentPolicy.Appointer appointer(Caller caller, CallerScope scope) {
        return new AppointmentPolicy.Appointer(caller.isSystemAdmin(), caller.memberId(), scope.managedPaths(),
                caller.memberId().map(positions::currentPositions).orElse(List.of()));
    }

    @Transactional
    public PositionDirectory.HeldSince end(UUID memberId, UUID positionId, EndPositionRequest request,
            Caller caller, CallerScope scope) {
        PositionDirectory.HeldSince held = positions.find(positionId, memberId)
                .orElseThrow(() -> ApiException.notFound("position.not-found", positionId));
        HomeUnits.HomeUnit unit = units.find(held.unitId()).filter(u -> scope.canSee(u.id(), u.path()))
                .orElseThrow(() -> ApiException.notFound("position.not-found", positionId));
        AppointmentPolicy.end(appointer(caller, scope), held.title(), unit.path()).ifPresent(refusal -> {
            throw ApiException.forbidden(refusal.messageKey(), unit.name());
        });
        if (held.validTo() != null) {
            throw ApiException.conflict("position.already-ended");
        }
        if (request.validTo().isBefore(held.validFrom())) {
            throw ApiException.badRequest("position.end-before-start");
        }
        positions.end(positionId, request.validTo());
        PositionDirectory.HeldSince ended = positions.find(positionId, memberId).orElseThrow();
        audit.record(caller, "END_POSITION", MemberService.AUDIT_TYPE, memberId, held, ended);
        memberService.positionsChanged(memberId);
        return ended;
    }
}
