package vn.tusoi.review.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
class AssignmentController {

    private final AssignmentQueries queries;

    AssignmentController(AssignmentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reviews/assignments")
    @Operation(summary = "Việc của tôi: bản kiểm điểm, bản cam kết và báo cáo tập thể của cấp ủy tôi tham gia")
    List<AssignmentSummary> mine(Authentication authentication, @RequestParam Optional<UUID> campaignId) {
        return queries.mine(Caller.from(authentication), campaignId);
    }

    @GetMapping("/api/reviews/campaigns/{campaignId}/units/{unitId}/assignments")
    @Operation(summary = "Các báo cáo, bản kiểm điểm ở một đơn vị (lãnh đạo đơn vị và cấp trên xem)")
    List<AssignmentSummary> inUnit(Authentication authentication, @PathVariable UUID campaignId,
            @PathVariable UUID unitId) {
        return queries.inUnit(campaignId, unitId, Caller.from(authentication));
    }
}
