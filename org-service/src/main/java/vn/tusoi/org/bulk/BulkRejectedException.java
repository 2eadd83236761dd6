package vn.tusoi.org.bulk;

import java.util.List;

/** Thrown when a bulk change meets a problem after it began writing: its transaction rolls back. */
public class BulkRejectedException extends RuntimeException {

    private final transient List<RowProblem> problems;

    public BulkRejectedException(List<RowProblem> problems) {
        super(problems.size() + " row(s) rejected");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
