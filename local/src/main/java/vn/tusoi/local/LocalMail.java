package vn.tusoi.local;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The stack's mail server: it accepts every message the services send and keeps it; each recipient's mailbox is
 * readable over IMAP with the address as both user name and password.
 */
public final class LocalMail {

    private final GreenMail server;

    LocalMail(StackConfig config) {
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(config.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(config.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    /** What reached one address so far, oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).toList();
    }
}
