package vn.tusoi.review.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/reviews/calendar")
class CalendarController {

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/holidays")
    @Operation(summary = "Các ngày nghỉ lễ trong một năm (ngoài thứ Bảy, Chủ nhật)")
    List<Holiday> holidays(@RequestParam @Min(2000) @Max(2100) int year) {
        return calendar.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @PutMapping("/holidays/{day}")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Thêm hoặc đổi tên một ngày nghỉ (theo quyết định nghỉ lễ, Tết hằng năm)")
    Holiday setHoliday(@PathVariable LocalDate day, @Valid @RequestBody HolidayRequest request) {
        return calendar.setHoliday(day, request.name());
    }

    @DeleteMapping("/holidays/{day}")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Bỏ một ngày nghỉ")
    ResponseEntity<Void> removeHoliday(@PathVariable LocalDate day) {
        calendar.removeHoliday(day);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/working-days")
    @Operation(summary = "Số ngày làm việc sau ngày from đến hết ngày to")
    Map<String, Object> workingDays(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return Map.of("from", from, "to", to, "workingDays", calendar.workingDaysBetween(from, to));
    }
}
