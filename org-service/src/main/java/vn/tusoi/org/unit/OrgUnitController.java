package vn.tusoi.org.unit;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.org.access.CallerScopes;
import vn.tusoi.platform.security.Caller;

@RestController
@RequestMapping("/api/org/units")
class OrgUnitController {

    private final OrgUnitService service;
    private final CallerScopes scopes;

    OrgUnitController(OrgUnitService service, CallerScopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @GetMapping
    @Operation(summary = "Các đơn vị người gọi được xem (theo chức vụ hiện tại), sắp theo cây")
    UnitPage visibleUnits(Authentication authentication,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        var scope = scopes.of(Caller.from(authentication));
        return UnitPage.of(service.visibleUnits(scope, PageRequest.of(page, size)));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Tạo đơn vị mới dưới một đơn vị cha trong phạm vi quản lý")
    ResponseEntity<UnitView> create(Authentication authentication, @Valid @RequestBody CreateUnitRequest request) {
        var unit = service.create(request, scopes.of(Caller.from(authentication)));
        return ResponseEntity.created(URI.create("/api/org/units/" + unit.getId())).body(UnitView.of(unit));
    }
}
