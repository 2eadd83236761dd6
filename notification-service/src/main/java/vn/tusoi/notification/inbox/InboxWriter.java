package vn.tusoi.notification.inbox;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.notification.delivery.Channel;
import vn.tusoi.notification.delivery.ChannelSender;
import vn.tusoi.notification.delivery.Delivery;
import vn.tusoi.notification.delivery.Message;
import vn.tusoi.notification.delivery.Recipient;
import vn.tusoi.notification.delivery.SendResult;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** The in-app channel: the message lands in the member's inbox, once per delivery. */
@Component
class InboxWriter implements ChannelSender {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    public SendResult send(Delivery delivery, Recipient recipient, Message message) {
        jdbc.sql("""
                insert into inbox_item (id, member_id, delivery_id, kind, title, body, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on duplicate key update id = id
                """)
                .params(UuidBytes.of(Ids.newId()), UuidBytes.of(recipient.memberId()), UuidBytes.of(delivery.id()),
                        delivery.kind(), message.subject(), message.text(), message.link(),
                        UtcTimes.of(clock.instant()))
                .update();
        return new SendResult.Sent(null);
    }
}
