package vn.tusoi.events;

/** Kafka topic names. A new incompatible payload gets a new version suffix, never a changed one. */
public final class Topics {

    /** Compacted, keyed by unit id: the latest state of every organization unit. */
    public static final String ORG_UNITS = "org.units.v1";

    /** Compacted, keyed by member id: the latest state of every member, with positions and contact. */
    public static final String ORG_MEMBERS = "org.members.v1";

    /** Keyed by campaign or assignment id: what happens in review campaigns. */
    public static final String REVIEW_EVENTS = "review.events.v1";

    /** Suffix of the dead-letter topic that receives records a consumer could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }
}
