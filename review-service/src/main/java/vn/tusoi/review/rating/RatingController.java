package vn.tusoi.review.rating;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
class RatingController {

    /** Why a decision is reopened. */
    record ReopenRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final RatingService ratings;

    RatingController(RatingService ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/reviews/reports/{assignmentId}/rating")
    @Operation(summary = "Xếp loại của một báo cáo: phiếu chấm điểm, tự nhận, đề xuất, quyết định (khi được xem)")
    RatingViews.ReportRating view(Authentication authentication, @PathVariable UUID assignmentId) {
        return ratings.view(assignmentId, Caller.from(authentication));
    }

    @PutMapping("/api/reviews/reports/{assignmentId}/rating/self")
    @Operation(summary = "Tự chấm điểm, tự nhận mức xếp loại (sau cuộc họp kiểm điểm)")
    RatingViews.ReportRating selfRate(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody RatingRequest request) {
        return ratings.selfRate(assignmentId, request, Caller.from(authentication));
    }

    @PutMapping("/api/reviews/reports/{assignmentId}/rating/proposal")
    @Operation(summary = "Đề xuất mức xếp loại (cấp ủy với đảng viên, cấp trên với tập thể)")
    RatingViews.ReportRating propose(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody RatingRequest request) {
        return ratings.propose(assignmentId, request, Caller.from(authentication));
    }

    @PutMapping("/api/reviews/reports/{assignmentId}/rating/decision")
    @Operation(summary = "Quyết định mức xếp loại trong tỷ lệ xuất sắc của đợt")
    RatingViews.ReportRating decide(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody RatingRequest request) {
        return ratings.decide(assignmentId, request, Caller.from(authentication));
    }

    @PostMapping("/api/reviews/reports/{assignmentId}/rating/reopen")
    @Operation(summary = "Mở lại quyết định xếp loại, kèm lý do, để quyết định lại")
    RatingViews.ReportRating reopen(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody ReopenRequest request) {
        return ratings.reopen(assignmentId, request.reason(), Caller.from(authentication));
    }

    @GetMapping("/api/reviews/campaigns/{campaignId}/units/{unitId}/ratings")
    @Operation(summary = "Danh sách xếp loại của một đơn vị trong đợt, với tỷ lệ xuất sắc đã dùng")
    RatingViews.UnitRatings inUnit(Authentication authentication, @PathVariable UUID campaignId,
            @PathVariable UUID unitId) {
        return ratings.inUnit(campaignId, unitId, Caller.from(authentication));
    }

    @PostMapping("/api/reviews/campaigns/{campaignId}/units/{unitId}/ratings/publish")
    @Operation(summary = "Công bố kết quả xếp loại đã quyết định của một đơn vị đến người được xếp loại")
    RatingViews.Published publish(Authentication authentication, @PathVariable UUID campaignId,
            @PathVariable UUID unitId) {
        return ratings.publish(campaignId, unitId, Caller.from(authentication));
    }
}
