package vn.tusoi.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Email over SMTP: plain text and HTML from the templates, the delivery's id in a header for tracing. */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendResult send(Delivery delivery, Recipient recipient, Message message) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            return new SendResult.Skipped(DeliveryReason.NO_EMAIL.stored());
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(recipient.email());
            helper.setSubject(message.subject());
            helper.setText(message.text() + "\n\n" + message.link(), message.html());
            mime.setHeader("X-Tusoi-Delivery", delivery.id().toString());
            mail.send(mime);
            return new SendResult.Sent(mime.getMessageID());
        } catch (MailException | MessagingException failed) {
            return new SendResult.Retry(DeliveryReason.MAIL_SERVER_FAILED.stored(failed.getClass().getSimpleName() + ": "
                    + failed.getMessage()), null);
        }
    }
}
