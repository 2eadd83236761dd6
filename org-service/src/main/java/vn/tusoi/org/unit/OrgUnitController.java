package vn.tusoi.org.unit;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.org.access.CallerScopes;
import vn.tusoi.org.audit.AuditEntry;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.platform.security.Caller;

@RestController
@RequestMapping("/api/org/units")
class OrgUnitController {

    private final OrgUnitService service;
    private final UnitRestructuring restructuring;
    private final AuditLog audit;
    private final CallerScopes scopes;

    OrgUnitController(OrgUnitService service, UnitRestructuring restructuring, AuditLog audit, CallerScopes scopes) {
        this.service = service;
        this.restructuring = restructuring;
        this.audit = audit;
        this.scopes = scopes;
    }

    @GetMapping
    @Operation(summary = "Các đơn vị người gọi được xem (theo chức vụ hiện tại), sắp theo cây; lọc theo đơn vị cha, "
            + "theo một phần tên hoặc mã")
    UnitPage visibleUnits(Authentication authentication,
            @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        var scope = scopes.of(Caller.from(authentication));
        return UnitPage.of(service.visibleUnits(scope, new UnitFilter(parentId, q), PageRequest.of(page, size)));
    }

    @GetMapping("/top")
    @Operation(summary = "Gốc của cây người gọi được xem: đơn vị cao nhất của mỗi phạm vi, và chi bộ của mình")
    List<UnitView> topUnits(Authentication authentication) {
        return service.topUnits(scopes.of(Caller.from(authentication))).stream().map(UnitView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Tạo đơn vị mới dưới một đơn vị cha trong phạm vi quản lý")
    ResponseEntity<UnitView> create(Authentication authentication, @Valid @RequestBody CreateUnitRequest request) {
        Caller caller = Caller.from(authentication);
        var unit = service.create(request, caller, scopes.of(caller));
        return ResponseEntity.created(URI.create("/api/org/units/" + unit.getId())).body(UnitView.of(unit));
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "Một đơn vị trong phạm vi người gọi được xem")
    UnitView find(Authentication authentication, @PathVariable UUID unitId) {
        return UnitView.of(service.visibleUnit(unitId, scopes.of(Caller.from(authentication))));
    }

    @PatchMapping("/{unitId}")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Đổi tên đơn vị")
    UnitView rename(Authentication authentication, @PathVariable UUID unitId,
            @Valid @RequestBody RenameUnitRequest request) {
        Caller caller = Caller.from(authentication);
        return UnitView.of(restructuring.rename(unitId, request.name(), caller, scopes.of(caller)));
    }

    @PostMapping("/{unitId}/move")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Chuyển đơn vị cùng toàn bộ cây trực thuộc sang đơn vị cha khác")
    UnitView move(Authentication authentication, @PathVariable UUID unitId,
            @Valid @RequestBody MoveUnitRequest request) {
        Caller caller = Caller.from(authentication);
        return UnitView.of(restructuring.move(unitId, request.parentId(), caller, scopes.of(caller)));
    }

    @PostMapping("/{unitId}/merge")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Sáp nhập đơn vị vào đơn vị khác: đơn vị trực thuộc và đảng viên chuyển sang, đơn vị cũ giải thể")
    UnitView merge(Authentication authentication, @PathVariable UUID unitId,
            @Valid @RequestBody MergeUnitRequest request) {
        Caller caller = Caller.from(authentication);
        return UnitView.of(restructuring.merge(unitId, request.intoUnitId(), request.mergedOn(), caller,
                scopes.of(caller)));
    }

    @PostMapping("/{unitId}/close")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Giải thể đơn vị (không còn đơn vị trực thuộc và đảng viên đang sinh hoạt)")
    UnitView close(Authentication authentication, @PathVariable UUID unitId) {
        Caller caller = Caller.from(authentication);
        return UnitView.of(restructuring.close(unitId, caller, scopes.of(caller)));
    }

    @GetMapping("/{unitId}/audit")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Lịch sử thay đổi của đơn vị (ai, khi nào, trước và sau)")
    List<AuditEntry> history(Authentication authentication, @PathVariable UUID unitId) {
        service.managedUnit(unitId, scopes.of(Caller.from(authentication)));
        return audit.entriesFor(UnitRestructuring.AUDIT_TYPE, unitId);
    }
}
