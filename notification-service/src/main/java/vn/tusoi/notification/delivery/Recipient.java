package vn.tusoi.notification.delivery;

import java.util.Locale;
import java.util.UUID;

/** Who a message goes to, with the addresses the member replica holds and the language they read. */
public record Recipient(UUID memberId, String fullName, String email, String mobile, Locale locale) {
}
