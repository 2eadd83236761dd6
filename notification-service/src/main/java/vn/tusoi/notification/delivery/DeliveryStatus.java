package vn.tusoi.notification.delivery;

/**
 * Where a message stands: waiting ({@code PENDING}, also while held for quiet hours or a retry), claimed by an
 * instance ({@code SENDING}), or ended: {@code SENT}, {@code FAILED}, {@code SKIPPED} (the recipient cannot or will
 * not get it), {@code CANCELLED} (the task was done or its deadline moved).
 */
public enum DeliveryStatus {
    PENDING, SENDING, SENT, FAILED, SKIPPED, CANCELLED
}
