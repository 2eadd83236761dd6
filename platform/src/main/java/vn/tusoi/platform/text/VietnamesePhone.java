package vn.tusoi.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese mobile numbers in the forms people write them, normalised to +84 followed by nine digits. */
public final class VietnamesePhone {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern NATIONAL = Pattern.compile("0([35789]\\d{8})");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)?84([35789]\\d{8})");

    private VietnamesePhone() {
    }

    /** "0912 345 678", "84912345678", "+84 912-345-678" give "+84912345678"; anything else is empty. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.trim()).replaceAll("");
        var national = NATIONAL.matcher(digits);
        if (national.matches()) {
            return Optional.of("+84" + national.group(1));
        }
        var international = INTERNATIONAL.matcher(digits);
        if (international.matches()) {
            return Optional.of("+84" + international.group(1));
        }
        return Optional.empty();
    }
}
