package vn.tusoi.notification.delivery;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.tusoi.platform.text.MessageParameters;
import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.platform.text.VietnameseText;

/**
 * Messages from reviewed templates in the message bundles ({@code notice.<KIND>.subject|text|sms}), in the
 * recipient's language. Templates get the campaign's title, the task, the due day (dd/MM/yyyy), the days left, the
 * recipient's name, the link to act and, for digests, the number and list of late items: never what a review
 * says. The title and the name are {@link MessageParameters#bounded bounded}: no link, address or phone number
 * that anyone who may set up a campaign could send under the official brand.
 */
@Component
public class MessageRenderer {

    /** The parameter saying a message's campaign keeps Vietnamese marks in SMS. */
    public static final String SMS_WITH_DIACRITICS = "smsWithDiacritics";

    /** The longest a campaign's title or a name goes into a message, in characters. */
    static final int TITLE_MAX = 80;
    static final int NAME_MAX = 60;

    private final MessageSource messages;
    private final NotificationProperties properties;

    MessageRenderer(MessageSource messages, NotificationProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    Message render(Delivery delivery, Recipient recipient) {
        Map<String, String> params = delivery.params();
        String link = properties.baseUrl().toString().replaceAll("/$", "") + params.getOrDefault("link", "/");
        String due = params.containsKey("due") ? VietnameseDates.DAY.format(LocalDate.parse(params.get("due"))) : "";
        String task = messages.getMessage("task." + params.getOrDefault("task", "ANY"), null, recipient.locale());
        // what users wrote goes in bounded, on one line and with nothing to follow: only the templates carry links
        Object[] args = {MessageParameters.bounded(params.get("campaignTitle"), TITLE_MAX), task, due,
                Long.valueOf(params.getOrDefault("daysLeft", "0")),
                MessageParameters.bounded(recipient.fullName(), NAME_MAX), link,
                Long.valueOf(params.getOrDefault("count", "0")), params.getOrDefault("items", "")};
        String prefix = "notice." + delivery.kind() + ".";
        String subject = messages.getMessage(prefix + "subject", args, recipient.locale());
        String text = messages.getMessage(prefix + "text", args, recipient.locale());
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>"
                + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p><p><a href=\""
                + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(messages.getMessage("notice.act", null,
                        recipient.locale())) + "</a></p></body></html>";
        String sms = messages.getMessage(prefix + "sms", args, recipient.locale());
        return new Message(subject, text, html, params.containsKey(SMS_WITH_DIACRITICS)
                ? cut(sms, properties.sms().maxLengthWithDiacritics()) : withoutMarks(sms), link);
    }

    /** One SMS segment: without diacritics (GSM 7-bit alphabet), cut to the configured length. */
    private String withoutMarks(String text) {
        return cut(VietnameseText.withoutMarks(text), properties.sms().maxLength());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
