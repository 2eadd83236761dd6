package vn.tusoi.review.campaign;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
@RequestMapping("/api/reviews/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập đợt kiểm điểm cho đơn vị mình lãnh đạo: loại, kỳ, thời hạn từng cấp, tỷ lệ xuất sắc")
    ResponseEntity<CampaignView> create(Authentication authentication, @Valid @RequestBody NewCampaign request) {
        CampaignView created = campaigns.create(request, Caller.from(authentication));
        return ResponseEntity.created(URI.create("/api/reviews/campaigns/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Các đợt kiểm điểm của những đơn vị mình lãnh đạo (mới nhất trước)")
    List<CampaignView> list(Authentication authentication) {
        return campaigns.list(Caller.from(authentication));
    }

    @PostMapping("/{campaignId}/close")
    @Operation(summary = "Kết thúc đợt kiểm điểm: từ đây không báo cáo nào của đợt được sửa nữa")
    CampaignView close(Authentication authentication, @PathVariable UUID campaignId) {
        return campaigns.close(campaignId, Caller.from(authentication));
    }

    @GetMapping("/{campaignId}")
    @Operation(summary = "Một đợt kiểm điểm, với thời hạn từng cấp và các phiên bản mẫu đã chọn")
    CampaignView find(Authentication authentication, @PathVariable UUID campaignId) {
        return campaigns.find(campaignId, Caller.from(authentication));
    }
}
