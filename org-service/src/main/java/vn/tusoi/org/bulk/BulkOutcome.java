package vn.tusoi.org.bulk;

import java.util.List;

/** What a bulk change did, or the problems that stopped it before it changed anything. */
public record BulkOutcome(List<RowProblem> problems, int created, int updated, int unchanged) {

    public static BulkOutcome rejected(List<RowProblem> problems) {
        return new BulkOutcome(List.copyOf(problems), 0, 0, 0);
    }

    public boolean isRejected() {
        return !problems.isEmpty();
    }
}
