package vn.tusoi.review.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @Operation(summary = "Các ngày nghỉ trong một năm ngoài thứ Bảy, Chủ nhật: ngày lễ, Tết theo Bộ luật Lao động, "
            + "ngày nghỉ bù và ngày quản trị viên khai báo theo quyết định hằng năm")
    List<DayOff> holidays(@RequestParam @Min(2000) @Max(2100) int year) {
        return calendar.daysOff(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @GetMapping("/overrides")
    @Operation(summary = "Các ngày quản trị viên khai báo trong một năm (ngày nghỉ thêm, ngày làm bù)")
    List<CalendarOverride> overrides(@RequestParam @Min(2000) @Max(2100) int year) {
        return calendar.overrides(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @PutMapping("/holidays/{day}")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Khai báo một ngày theo quyết định nghỉ lễ, Tết hằng năm: ngày nghỉ (DAY_OFF, mặc định) "
            + "hoặc ngày làm việc (WORKING_DAY: ngày làm bù, ngày lễ được dời)")
    CalendarOverride setHoliday(@PathVariable LocalDate day, @Valid @RequestBody HolidayRequest request) {
        return calendar.override(day, request.kindOrDefault(), request.name());
    }

    @DeleteMapping("/holidays/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Bỏ một ngày đã khai báo (ngày đó lại theo Bộ luật Lao động)")
    ResponseEntity<Void> removeHoliday(@PathVariable LocalDate day) {
        calendar.removeOverride(day);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/working-days")
    @Operation(summary = "Số ngày làm việc sau ngày from đến hết ngày to")
    Map<String, Object> workingDays(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return Map.of("from", from, "to", to, "workingDays", calendar.workingDaysBetween(from, to));
    }
}
