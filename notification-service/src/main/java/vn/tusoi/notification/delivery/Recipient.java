package vn.tusoi.notification.delivery;

import java.util.Locale;
import java.util.UUID;

/** Who a message goes to: the addresses the member replica holds, the language they read, what they turned off. */
public record Recipient(UUID memberId, String fullName, String email, String mobile, Locale locale,
        boolean emailEnabled, boolean smsEnabled) {

    boolean allows(Channel channel) {
        return switch (channel) {
            case EMAIL -> emailEnabled;
            case SMS -> smsEnabled;
            case INBOX -> true;
        };
    }
}
