package vn.tusoi.notification.delivery;

/** Sends one message on one channel; implementations never throw for a provider's failure, they say so. */
public interface ChannelSender {

    Channel channel();

    SendResult send(Delivery delivery, Recipient recipient, Message message);
}
