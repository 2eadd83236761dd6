package vn.tusoi.notification.delivery;

public enum Channel {
    EMAIL, SMS, INBOX
}
