package vn.tusoi.review.rollup;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
class RollupController {

    private final RollupService rollup;

    RollupController(RollupService rollup) {
        this.rollup = rollup;
    }

    @GetMapping("/api/reviews/campaigns/{campaignId}/units/{unitId}/rollup")
    @Operation(summary = "Tổng hợp kết quả của đơn vị và từng đơn vị trực thuộc: tiến độ, quá hạn, xếp loại, tỷ lệ, khắc phục")
    RollupViews.Rollup of(Authentication authentication, @PathVariable UUID campaignId, @PathVariable UUID unitId) {
        return rollup.of(campaignId, unitId, Caller.from(authentication));
    }

    @GetMapping("/api/reviews/campaigns/{campaignId}/units/{unitId}/rollup/overdue")
    @Operation(summary = "Báo cáo, bản kiểm điểm quá hạn chưa nộp trong đơn vị và các đơn vị trực thuộc")
    List<RollupViews.OverdueReport> overdue(Authentication authentication, @PathVariable UUID campaignId,
            @PathVariable UUID unitId) {
        return rollup.overdue(campaignId, unitId, Caller.from(authentication));
    }
}
