package vn.tusoi.review.assignment;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
class LaunchController {

    private final CampaignLaunch launch;

    LaunchController(CampaignLaunch launch) {
        this.launch = launch;
    }

    @PostMapping("/api/reviews/campaigns/{campaignId}/launch")
    @Operation(summary = "Triển khai đợt kiểm điểm: giao báo cáo cho mọi tập thể và đảng viên trong phạm vi; "
            + "chạy lại để bổ sung đơn vị, đảng viên mới (không tạo trùng)")
    LaunchResult launch(Authentication authentication, @PathVariable UUID campaignId) {
        return launch.launch(campaignId, Caller.from(authentication));
    }
}
