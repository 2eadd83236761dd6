package vn.tusoi.org.member;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.org.access.CallerScopes;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.platform.security.Caller;

@RestController
@RequestMapping("/api/org/members")
class MemberController {

    private final MemberService service;
    private final MemberPositions positions;
    private final CallerScopes scopes;

    MemberController(MemberService service, MemberPositions positions, CallerScopes scopes) {
        this.service = service;
        this.positions = positions;
        this.scopes = scopes;
    }

    @GetMapping
    @Operation(summary = "Tìm đảng viên trong phạm vi (theo tên không dấu/có dấu, số thẻ đảng), phân trang")
    MemberPage search(Authentication authentication, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Size(max = 100) String name,
            @RequestParam(required = false) @Size(max = 20) String partyCardNumber,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return service.search(unitId, name, partyCardNumber, scopes.of(Caller.from(authentication)), page, size);
    }

    @GetMapping("/{memberId}")
    @Operation(summary = "Hồ sơ một đảng viên (của chính mình, hoặc trong đơn vị mình lãnh đạo/quản lý)")
    MemberView find(Authentication authentication, @PathVariable UUID memberId) {
        Caller caller = Caller.from(authentication);
        return service.read(memberId, caller, scopes.of(caller));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Kết nạp/ghi nhận đảng viên vào một chi bộ trong phạm vi quản lý")
    ResponseEntity<MemberView> register(Authentication authentication, @Valid @RequestBody NewMember request) {
        Caller caller = Caller.from(authentication);
        Member member = service.register(request, caller, scopes.of(caller));
        return ResponseEntity.created(URI.create("/api/org/members/" + member.getId()))
                .body(MemberView.of(member, true));
    }

    @PostMapping("/{memberId}/transfer")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Chuyển sinh hoạt đảng sang chi bộ khác (giữ lịch sử)")
    MemberView transfer(Authentication authentication, @PathVariable UUID memberId,
            @Valid @RequestBody TransferRequest request) {
        Caller caller = Caller.from(authentication);
        return MemberView.of(service.transfer(memberId, request, caller, scopes.of(caller)), true);
    }

    @PostMapping("/{memberId}/status")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Ghi nhận đảng viên chuyển đi ngoài tỉnh, ra khỏi Đảng hoặc từ trần (chức vụ kết thúc)")
    MemberView leave(Authentication authentication, @PathVariable UUID memberId,
            @Valid @RequestBody StatusChangeRequest request) {
        Caller caller = Caller.from(authentication);
        return MemberView.of(service.leave(memberId, request, caller, scopes.of(caller)), true);
    }

    @GetMapping("/{memberId}/positions")
    @Operation(summary = "Các chức vụ của đảng viên, đang giữ và đã thôi, kèm tên đơn vị")
    List<PositionDirectory.HeldIn> positions(Authentication authentication, @PathVariable UUID memberId) {
        Caller caller = Caller.from(authentication);
        service.find(memberId, caller, scopes.of(caller));
        return positions.held(memberId);
    }

    @PostMapping("/{memberId}/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Bổ nhiệm/ghi nhận chức vụ của đảng viên tại một đơn vị (từ ngày); chức vụ lãnh đạo và"
            + " ban tổ chức do cấp ủy cấp trên hoặc quản trị viên hệ thống bổ nhiệm, không ai tự bổ nhiệm mình")
    ResponseEntity<PositionDirectory.HeldSince> appoint(Authentication authentication, @PathVariable UUID memberId,
            @Valid @RequestBody AppointRequest request) {
        Caller caller = Caller.from(authentication);
        var appointed = positions.appoint(memberId, request, caller, scopes.of(caller));
        return ResponseEntity.created(URI.create("/api/org/members/" + memberId + "/positions/" + appointed.id()))
                .body(appointed);
    }

    @PostMapping("/{memberId}/positions/{positionId}/end")
    @Operation(summary = "Kết thúc chức vụ (đến ngày); lịch sử được giữ")
    PositionDirectory.HeldSince end(Authentication authentication, @PathVariable UUID memberId,
            @PathVariable UUID positionId, @Valid @RequestBody EndPositionRequest request) {
        Caller caller = Caller.from(authentication);
        return positions.end(memberId, positionId, request, caller, scopes.of(caller));
    }
}
