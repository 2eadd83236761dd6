package vn.tusoi.notification.delivery;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UuidBytes;

/**
 * Recipients of a batch of messages in one query: addresses from the member replica (active members only),
 * choices from their preferences (email and SMS on, Vietnamese, when they never chose).
 */
@Component
class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Recipient> find(Collection<UUID> memberIds) {
        Map<UUID, Recipient> found = new HashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        List<byte[]> ids = memberIds.stream().distinct().map(UuidBytes::of).toList();
        jdbc.sql("""
                select m.id, m.full_name, m.email, m.mobile, coalesce(p.email_enabled, true),
                       coalesce(p.sms_enabled, true), coalesce(p.language, 'vi')
                from org_member_replica m left join notification_preference p on p.member_id = m.id
                where m.id in (:ids) and m.status = 'ACTIVE'
                """)
                .param("ids", ids)
                .query(rs -> {
                    UUID id = UuidBytes.uuid(rs.getBytes(1));
                    found.put(id, new Recipient(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            Locale.forLanguageTag(rs.getString(7)), rs.getBoolean(5), rs.getBoolean(6)));
                });
        return found;
    }
}
