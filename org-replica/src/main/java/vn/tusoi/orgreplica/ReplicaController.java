package vn.tusoi.orgreplica;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.web.ApiException;

/** Lets an operator check what this service's replica holds (e.g. after an incident). */
@RestController
@RequestMapping("${tusoi.org-replica.api-path}")
class ReplicaController {

    private final OrgUnitReplica replica;
    private final OrgMemberReplica members;
    private final ReplicaRebuild rebuild;

    ReplicaController(OrgUnitReplica replica, OrgMemberReplica members, ReplicaRebuild rebuild) {
        this.replica = replica;
        this.members = members;
        this.rebuild = rebuild;
    }

    @PostMapping("/org-replica/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Dựng lại bản sao tổ chức từ đầu các topic (offset 0); chạy nền")
    ResponseEntity<ReplicaRebuild.Status> rebuild() {
        if (!rebuild.start()) {
            throw ApiException.conflict("replica.rebuild.running");
        }
        return ResponseEntity.accepted().body(rebuild.status());
    }

    @GetMapping("/org-replica/rebuild")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Tình trạng lần dựng lại bản sao gần nhất")
    ReplicaRebuild.Status rebuildStatus() {
        return rebuild.status();
    }

    @GetMapping("/org-units/{unitId}")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Bản sao đơn vị mà dịch vụ này đang giữ (dành cho quản trị hệ thống)")
    ReplicatedUnit find(@PathVariable UUID unitId) {
        return replica.find(unitId).orElseThrow(() -> ApiException.notFound("replica.unit.not-found", unitId));
    }

    @GetMapping("/org-members/{memberId}")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Bản sao đảng viên mà dịch vụ này đang giữ (dành cho quản trị hệ thống)")
    ReplicatedMember findMember(@PathVariable UUID memberId) {
        return members.find(memberId).orElseThrow(() -> ApiException.notFound("replica.member.not-found", memberId));
    }
}
