package vn.tusoi.review.web;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;

import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.lifecycle.Refusal;

/** A refusal of the review's rules as the problem detail the caller gets: 403, 409 or 400, dates as dd/MM/yyyy. */
public final class Refusals {

    private Refusals() {
    }

    public static ApiException problem(Refusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        Object[] arguments = refusal.arguments().stream()
                .map(argument -> argument instanceof LocalDate day ? VietnameseDates.DAY.format(day) : argument)
                .toArray();
        return new ApiException(status, refusal.messageKey(), arguments);
    }
}
