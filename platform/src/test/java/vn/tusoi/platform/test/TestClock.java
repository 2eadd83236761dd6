package vn.tusoi.platform.test;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The one clock of every test: "today" is a fixed, explicit day in Vietnam, {@link #DEFAULT_TODAY} unless the
 * environment variable {@code TUSOI_TEST_TODAY} (or the system property {@code tusoi.test.today}, yyyy-MM-dd)
 * names another, so the suite can be run on awkward days (31/12, 01/01, 29/02, the eve of Tết) without waiting
 * for them. Every Spring test context gets its own instance as its {@link Clock} bean
 * ({@link TestClockContextCustomizerFactory}); a test moves it with {@link #set}, and every date a test writes is
 * derived from {@link #today()}. Time goes on from where the clock was set, as it does for a running service
 * (leases expire, retries come due), unless a test {@link #freeze() freezes} it to step through time itself.
 */
public final class TestClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A Monday in the middle of the yearly review season. */
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 12, 7);

    /** The time of day a test starts at: office hours, outside the SMS quiet hours. */
    public static final LocalTime START_TIME = LocalTime.of(10, 0);

    private static final LocalDate TODAY = readToday();

    private volatile Instant setAt;
    private volatile long setAtNanos;
    private volatile boolean frozen;

    public TestClock() {
        this(today().atTime(START_TIME));
    }

    public TestClock(LocalDateTime start) {
        set(start);
    }

    /** The day the tests run on (the clock's start day; a test that moved its clock still derives from this). */
    public static LocalDate today() {
        return TODAY;
    }

    /** The start of the test day, as an instant. */
    public static Instant startInstant() {
        return TODAY.atTime(START_TIME).atZone(VIETNAM).toInstant();
    }

    /** Back to the start of the test day. */
    public void reset() {
        set(TODAY.atTime(START_TIME));
    }

    /** Sets the time in Vietnam; it goes on from there unless the clock is frozen. */
    public synchronized void set(LocalDateTime vietnamTime) {
        setAt = vietnamTime.atZone(VIETNAM).toInstant();
        setAtNanos = System.nanoTime();
    }

    /** Stops time where it is: from now on it moves only by {@link #set}. */
    public synchronized void freeze() {
        setAt = instant();
        setAtNanos = System.nanoTime();
        frozen = true;
    }

    /** Lets time go on again from where it stands. */
    public synchronized void unfreeze() {
        setAt = instant();
        setAtNanos = System.nanoTime();
        frozen = false;
    }

    /** The clock's current time in Vietnam. */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(instant(), VIETNAM);
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public synchronized Instant instant() {
        return frozen ? setAt : setAt.plusNanos(System.nanoTime() - setAtNanos);
    }

    private static LocalDate readToday() {
        String value = System.getProperty("tusoi.test.today");
        if (value == null || value.isBlank()) {
            value = System.getenv("TUSOI_TEST_TODAY");
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_TODAY;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException("TUSOI_TEST_TODAY must be a day as yyyy-MM-dd, not '" + value + "'", e);
        }
    }
}
