package vn.tusoi.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as search keys: "Nguyễn Văn Đạt" and "nguyen van dat" fold to the same key. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The folded form of every precomposed letter Vietnamese uses (Latin-1, Latin Extended-A/B and the Vietnamese
     * block U+1EA0–U+1EFF), worked out once with the slow path: an import folds hundreds of thousands of names.
     */
    private static final char[] LATIN = table(0x0000, 0x0250);
    private static final char[] VIETNAMESE = table(0x1E00, 0x1F00);
    private static final char NOT_SIMPLE = '\uFFFF';

    private VietnameseText() {
    }

    /** The text in Unicode NFC (precomposed letters), as every text input is stored; null stays null. */
    public static String nfc(String text) {
        return text == null || isNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static boolean isNfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** The same text without diacritics, case and spacing kept: what fits the GSM alphabet of a short SMS. */
    public static String withoutMarks(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D');
    }

    /** Lower case, without diacritics (đ becomes d), single spaces, trimmed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char simple = simple(c);
            if (simple == NOT_SIMPLE) {
                return slowFold(text);
            }
            if (simple == ' ') {
                pendingSpace = folded.length() > 0;
                continue;
            }
            if (pendingSpace) {
                folded.append(' ');
                pendingSpace = false;
            }
            folded.append(simple);
        }
        return folded.toString();
    }

    private static char simple(char c) {
        if (c < LATIN.length) {
            return LATIN[c];
        }
        if (c >= 0x1E00 && c < 0x1F00) {
            return VIETNAMESE[c - 0x1E00];
        }
        return NOT_SIMPLE;
    }

    private static char[] table(int from, int to) {
        char[] table = new char[to - from];
        for (int c = from; c < to; c++) {
            String folded = slowFold(String.valueOf((char) c));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                table[c - from] = ' ';
            } else if (folded.length() == 1) {
                table[c - from] = folded.charAt(0);
            } else {
                table[c - from] = NOT_SIMPLE;
            }
        }
        return table;
    }

    private static String slowFold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim()
                .toLowerCase(Locale.ROOT);
    }
}
