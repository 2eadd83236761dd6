package vn.tusoi.review.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record HolidayRequest(@NotBlank @Size(max = 255) String name) {
}
