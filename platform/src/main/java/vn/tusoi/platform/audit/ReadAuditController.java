package vn.tusoi.platform.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The reads of one entity's confidential content, for system administrators. */
@RestController
class ReadAuditController {

    private final ReadAudit audit;

    ReadAuditController(ReadAudit audit) {
        this.audit = audit;
    }

    @GetMapping("${tusoi.audit.reads-path}")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Ai đã đọc nội dung mật của một đối tượng (hồ sơ đảng viên, bản kiểm điểm), lúc nào; mới nhất trước")
    List<ReadAudit.Read> reads(@RequestParam UUID entityId) {
        return audit.of(entityId);
    }
}
