package vn.tusoi.org.bulk;

/** Told how many rows of the current phase are done, now and then, so a long change can show progress. */
@FunctionalInterface
public interface Progress {

    Progress NONE = rowsDone -> { };

    void rowsDone(int rowsDone);
}
