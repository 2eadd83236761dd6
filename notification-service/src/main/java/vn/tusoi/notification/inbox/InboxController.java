package vn.tusoi.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;

/** The member's own inbox: newest first, the unread count, marking read. Nobody sees another member's inbox. */
@RestController
@RequestMapping("/api/notifications/inbox")
class InboxController {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Hộp thư thông báo của tôi, mới nhất trước")
    List<InboxItem> list(Authentication authentication, @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return jdbc.sql("select id, kind, title, body, link, created_at, read_at from inbox_item"
                        + " where member_id = ?" + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id desc limit 100")
                .param(UuidBytes.of(member(authentication)))
                .query((rs, row) -> new InboxItem(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), UtcTimes.instant(rs, 6), UtcTimes.instant(rs, 7)))
                .list();
    }

    @GetMapping("/unread-count")
    @Operation(summary = "Số thông báo chưa đọc")
    Map<String, Long> unread(Authentication authentication) {
        return Map.of("unread", jdbc.sql("select count(*) from inbox_item where member_id = ? and read_at is null")
                .param(UuidBytes.of(member(authentication))).query(Long.class).single());
    }

    @PostMapping("/{itemId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Đánh dấu đã đọc")
    ResponseEntity<Void> markRead(Authentication authentication, @PathVariable UUID itemId) {
        int found = jdbc.sql("update inbox_item set read_at = coalesce(read_at, ?) where id = ? and member_id = ?")
                .params(UtcTimes.of(clock.instant()), UuidBytes.of(itemId), UuidBytes.of(member(authentication)))
                .update();
        if (found == 0) {
            throw ApiException.notFound("inbox.item.not-found", itemId);
        }
        return ResponseEntity.noContent().build();
    }

    private static UUID member(Authentication authentication) {
        return Caller.from(authentication).memberId()
                .orElseThrow(() -> ApiException.forbidden("notification.member-only"));
    }
}
