package vn.tusoi.review.remediation;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
class RemediationController {

    private final RemediationService remediation;

    RemediationController(RemediationService remediation) {
        this.remediation = remediation;
    }

    @GetMapping("/api/reviews/reports/{assignmentId}/remediation")
    @Operation(summary = "Việc khắc phục của một bản kiểm điểm, và việc các đợt trước để lại cho người viết")
    RemediationViews.ReportRemediation forReport(Authentication authentication, @PathVariable UUID assignmentId) {
        return remediation.forReport(assignmentId, Caller.from(authentication));
    }

    @PostMapping("/api/reviews/reports/{assignmentId}/remediation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Giao việc khắc phục một hạn chế, khuyết điểm của bản kiểm điểm đã quyết định xếp loại")
    RemediationViews.RemediationDetail raise(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody RaiseRequest request) {
        return remediation.raise(assignmentId, request, Caller.from(authentication));
    }

    @GetMapping("/api/reviews/remediation/{id}")
    @Operation(summary = "Một việc khắc phục và quá trình theo dõi")
    RemediationViews.RemediationDetail detail(Authentication authentication, @PathVariable UUID id) {
        return remediation.detail(id, Caller.from(authentication));
    }

    @PostMapping("/api/reviews/remediation/{id}/follow-up")
    @Operation(summary = "Bắt đầu, hoàn thành (kèm minh chứng), mở lại, thôi theo dõi (kèm lý do) hoặc ghi chú")
    RemediationViews.RemediationDetail followUp(Authentication authentication, @PathVariable UUID id,
            @Valid @RequestBody FollowUpRequest request) {
        return remediation.followUp(id, request, Caller.from(authentication));
    }

    @GetMapping("/api/reviews/remediation/mine")
    @Operation(summary = "Việc khắc phục của tôi và của tập thể tôi là cấp ủy viên")
    List<RemediationViews.RemediationItem> mine(Authentication authentication) {
        return remediation.mine(Caller.from(authentication));
    }

    @GetMapping("/api/reviews/units/{unitId}/remediation")
    @Operation(summary = "Việc khắc phục trong một đơn vị và các đơn vị trực thuộc (overdue=true: chỉ việc quá hạn)")
    RemediationViews.UnitRemediation inUnit(Authentication authentication, @PathVariable UUID unitId,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return remediation.inUnit(unitId, overdue, Caller.from(authentication));
    }
}
