package vn.tusoi.platform.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that users wrote (a campaign's title, a name) as it may go into a message sent under the official brand:
 * bounded, on one line, and with nothing a reader could follow — no link, domain, e-mail address or phone number,
 * which only the reviewed templates themselves carry.
 */
public final class MessageParameters {

    /** What stands where something was left out. */
    public static final String LEFT_OUT = "…";

    private static final Pattern LINK = Pattern.compile("(?iU)(?:[a-z][a-z0-9+.-]*://\\S*|www\\.\\S*"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b(?:[a-z0-9-]+\\.)+[a-z]{2,24}\\b(?:/\\S*)?)");
    /** Nine digits or more, maybe spaced or dotted: a phone number, never a year or a period. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d .-]*\\d");
    private static final int PHONE_DIGITS = 9;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MessageParameters() {
    }

    /** The text has a link, a domain, an e-mail address or a phone number in it. */
    public static boolean carriesContact(String text) {
        if (text == null) {
            return false;
        }
        Matcher numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            if (digits(numbers.group()) >= PHONE_DIGITS) {
                return true;
            }
        }
        return LINK.matcher(text).find();
    }

    /**
     * The text on one line, with what a reader could follow replaced by {@link #LEFT_OUT}, and cut to {@code max}
     * characters (the last one then {@link #LEFT_OUT}).
     */
    public static String bounded(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = SPACES.matcher(INVISIBLE.matcher(VietnameseText.nfc(text)).replaceAll(" ")).replaceAll(" ")
                .strip();
        clean = LINK.matcher(clean).replaceAll(LEFT_OUT);
        Matcher phones = NUMBER.matcher(clean);
        StringBuilder out = new StringBuilder();
        while (phones.find()) {
            phones.appendReplacement(out, digits(phones.group()) >= PHONE_DIGITS ? LEFT_OUT
                    : Matcher.quoteReplacement(phones.group()));
        }
        phones.appendTail(out);
        clean = out.toString();
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, max - 1)).strip() + LEFT_OUT;
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }
}
