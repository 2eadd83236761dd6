package vn.tusoi.org.bulk;

import java.util.List;

/**
 * Why one row of a bulk change cannot be applied.
 *
 * @param row        the row's number as the user sees it (the header is row 1)
 * @param field      the field at fault, or null for the whole row
 * @param messageKey a message in the service's bundles
 * @param arguments  the message's arguments, as text
 */
public record RowProblem(int row, String field, String messageKey, List<String> arguments) {

    public static RowProblem of(int row, String field, String messageKey, Object... arguments) {
        return new RowProblem(row, field, messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
