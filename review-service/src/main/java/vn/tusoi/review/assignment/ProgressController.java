package vn.tusoi.review.assignment;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
class ProgressController {

    private final CampaignProgress progress;

    ProgressController(CampaignProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/api/reviews/campaigns/{campaignId}/units/{unitId}/progress")
    @Operation(summary = "Tiến độ của đợt dưới một đơn vị, từng cấp: số bản đã nộp trên tổng số, số bản quá hạn, "
            + "của đơn vị và của từng đơn vị trực thuộc")
    CampaignProgress.Level progress(Authentication authentication, @PathVariable UUID campaignId,
            @PathVariable UUID unitId) {
        return progress.under(campaignId, unitId, Caller.from(authentication));
    }
}
