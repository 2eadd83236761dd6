package vn.tusoi.platform.text;

import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them, in messages, problem details, files and notices. */
public final class VietnameseDates {

    /** 04/12/2026 */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }
}
