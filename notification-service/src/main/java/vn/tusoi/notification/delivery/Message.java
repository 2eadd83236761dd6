package vn.tusoi.notification.delivery;

/** A rendered message: subject, plain text, HTML (email) and the short text for SMS. */
public record Message(String subject, String text, String html, String sms, String link) {
}
