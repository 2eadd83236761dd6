package vn.tusoi.review.report;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;

@RestController
@RequestMapping("/api/reviews/reports/{assignmentId}")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Báo cáo, bản kiểm điểm: mẫu, nội dung hiện tại, gợi ý phải giải trình, cuộc họp")
    ReportViews.Report view(Authentication authentication, @PathVariable UUID assignmentId) {
        return reports.view(assignmentId, Caller.from(authentication));
    }

    @PutMapping("/draft")
    @Operation(summary = "Lưu bản nháp (autosave=true: tự động lưu, không ghi vào lịch sử phiên bản)")
    ReportViews.Step saveDraft(Authentication authentication, @PathVariable UUID assignmentId,
            @RequestParam(defaultValue = "false") boolean autosave, @Valid @RequestBody DraftRequest request) {
        return reports.saveDraft(assignmentId, request, autosave, Caller.from(authentication));
    }

    @PostMapping("/circulate")
    @Operation(summary = "Gửi dự thảo báo cáo tập thể đến đảng viên trước cuộc họp (ít nhất 3 ngày làm việc)")
    ReportViews.Step circulate(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody CirculateRequest request) {
        return reports.circulate(assignmentId, request, Caller.from(authentication));
    }

    @PostMapping("/submit")
    @Operation(summary = "Nộp báo cáo (nộp lại sau khi bị trả lại); bản đã nộp không sửa được")
    ReportViews.Step submit(Authentication authentication, @PathVariable UUID assignmentId) {
        return reports.submit(assignmentId, Caller.from(authentication));
    }

    @PostMapping("/return")
    @Operation(summary = "Trả lại báo cáo đã nộp để sửa, kèm lý do")
    ReportViews.Step returnForRevision(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody ReturnRequest request) {
        return reports.returnForRevision(assignmentId, request, Caller.from(authentication));
    }

    @PostMapping("/meeting")
    @Operation(summary = "Ghi nhận cuộc họp kiểm điểm: ngày, số có mặt, vắng mặt, biên bản, kết luận")
    ReportViews.Step recordMeeting(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody MeetingRequest request) {
        return reports.recordMeeting(assignmentId, request, Caller.from(authentication));
    }

    @PostMapping("/comments")
    @Operation(summary = "Góp ý vào dự thảo báo cáo tập thể đã gửi")
    ReportViews.Comment comment(Authentication authentication, @PathVariable UUID assignmentId,
            @Valid @RequestBody CommentRequest request) {
        return reports.comment(assignmentId, request, Caller.from(authentication));
    }

    @GetMapping("/comments")
    @Operation(summary = "Các góp ý vào dự thảo")
    List<ReportViews.Comment> comments(Authentication authentication, @PathVariable UUID assignmentId) {
        return reports.comments(assignmentId, Caller.from(authentication));
    }

    @GetMapping("/versions")
    @Operation(summary = "Lịch sử phiên bản: bản nháp đã lưu và bản đã nộp")
    List<ReportViews.VersionSummary> versions(Authentication authentication, @PathVariable UUID assignmentId) {
        return reports.versions(assignmentId, Caller.from(authentication));
    }

    @GetMapping("/versions/{revision}")
    @Operation(summary = "Nội dung một phiên bản")
    ReportViews.Version version(Authentication authentication, @PathVariable UUID assignmentId,
            @PathVariable int revision) {
        return reports.version(assignmentId, revision, Caller.from(authentication));
    }

    @GetMapping("/history")
    @Operation(summary = "Nhật ký các bước: ai, lúc nào, từ trạng thái nào sang trạng thái nào, lý do")
    List<ReportViews.HistoryEntry> history(Authentication authentication, @PathVariable UUID assignmentId) {
        return reports.history(assignmentId, Caller.from(authentication));
    }
}
