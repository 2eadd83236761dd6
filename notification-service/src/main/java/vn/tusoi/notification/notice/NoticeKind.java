package vn.tusoi.notification.notice;

import java.util.List;

import vn.tusoi.notification.delivery.Channel;

/**
 * The notices there are and the channels each goes out on. A new notice (a rating published, a remediation item
 * coming due) is a constant here, its templates in the message bundles, and a mapping from its event.
 */
public enum NoticeKind {
    /** A campaign was launched over one's unit: there is something to write. */
    ASSIGNED(List.of(Channel.EMAIL, Channel.INBOX)),
    /** A deadline is coming or has passed (one per stage). */
    REMINDER(List.of(Channel.EMAIL, Channel.SMS, Channel.INBOX)),
    /** A submitted report came back for revision. */
    RETURNED(List.of(Channel.EMAIL, Channel.SMS, Channel.INBOX)),
    /** The superior issued a review suggestion to answer. */
    SUGGESTION(List.of(Channel.EMAIL, Channel.INBOX)),
    /** The superior published a unit's results: one's rating can be read (the message never says which). */
    RESULT_PUBLISHED(List.of(Channel.EMAIL, Channel.INBOX)),
    /** A remediation item's deadline is coming or has passed (one per stage); the weakness is never sent. */
    REMEDIATION_DUE(List.of(Channel.EMAIL, Channel.INBOX)),
    /** A day's list of overdue work, for a unit's leadership or a superior's organization body. */
    ESCALATION(List.of(Channel.EMAIL, Channel.INBOX));

    private final List<Channel> channels;

    NoticeKind(List<Channel> channels) {
        this.channels = channels;
    }

    public List<Channel> channels() {
        return channels;
    }
}
