package vn.tusoi.notification.preference;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** What each member wants: email and SMS on or off, and the language of messages (Vietnamese by default). */
@Component
public class Preferences {

    public static final Preference DEFAULT = new Preference(true, true, "vi");

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Preference of(UUID memberId) {
        return jdbc.sql("select email_enabled, sms_enabled, language from notification_preference where member_id = ?")
                .param(UuidBytes.of(memberId))
                .query((rs, row) -> new Preference(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3)))
                .optional().orElse(DEFAULT);
    }

    @Transactional
    public Preference save(UUID memberId, Preference preference) {
        jdbc.sql("""
                insert into notification_preference (member_id, email_enabled, sms_enabled, language, updated_at)
                values (?, ?, ?, ?, ?)
                on duplicate key update email_enabled = values(email_enabled), sms_enabled = values(sms_enabled),
                                        language = values(language), updated_at = values(updated_at)
                """)
                .params(UuidBytes.of(memberId), preference.emailEnabled(), preference.smsEnabled(),
                        preference.language(), UtcTimes.of(clock.instant()))
                .update();
        return preference;
    }
}
