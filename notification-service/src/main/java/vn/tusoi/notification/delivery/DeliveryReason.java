package vn.tusoi.notification.delivery;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * Why a message ended as it did, or was tried again: kept in the delivery log as a code with what the other side
 * said ({@code PROVIDER_REFUSED: 400 ...}), shown to administrators in their language.
 */
public enum DeliveryReason {
    TASK_DONE, NOT_A_MEMBER, TURNED_OFF, NO_EMAIL, NO_MOBILE, MAIL_SERVER_FAILED, PROVIDER_UNREACHABLE,
    PROVIDER_REFUSED, GAVE_UP, NOT_DELIVERED, UNEXPECTED;

    private static final Pattern STORED = Pattern.compile("([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);

    /** As stored: the code alone. */
    public String stored() {
        return name();
    }

    /** As stored: the code, then the detail. */
    public String stored(String detail) {
        return detail == null || detail.isBlank() ? name() : name() + ": " + detail;
    }

    /** A stored reason in words ({@code attempts} for "gave up after n"), the detail kept as the other side said it. */
    static String describe(String stored, int attempts, MessageSource messages, Locale locale) {
        if (stored == null) {
            return null;
        }
        Matcher matcher = STORED.matcher(stored);
        if (!matcher.matches() || !isCode(matcher.group(1))) {
            return stored;
        }
        String words = messages.getMessage("delivery.reason." + matcher.group(1), new Object[] {attempts}, locale);
        String detail = matcher.group(2);
        return detail == null ? words : words + " — " + describe(detail, attempts, messages, locale);
    }

    private static boolean isCode(String text) {
        for (DeliveryReason reason : values()) {
            if (reason.name().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
