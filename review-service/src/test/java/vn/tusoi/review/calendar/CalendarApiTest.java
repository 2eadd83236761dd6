package vn.tusoi.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.tusoi.review.ReviewServiceIntegrationTest;

/** Working days skip weekends and declared holidays; holidays are data the administrator keeps up to date. */
class CalendarApiTest extends ReviewServiceIntegrationTest {

    static final JwtRequestPostProcessor MEMBER = jwt().authorities(new SimpleGrantedAuthority("ROLE_member"));
    static final JwtRequestPostProcessor SYSTEM_ADMIN = jwt().authorities(
            new SimpleGrantedAuthority("ROLE_system-admin"));

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).as("Quốc khánh").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 5))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
        // Tue 28, Wed 29 April; 30 April and 1 May off; the weekend; Mon 4 May
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 4))).isEqualTo(3);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 3)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void theAdministratorDeclaresTheYearsDaysOff() throws Exception {
        String range = "/api/reviews/calendar/working-days?from=2026-08-31&to=2026-09-04";
        mvc.perform(get(range).with(MEMBER)).andExpect(status().isOk()).andExpect(jsonPath("$.workingDays").value(3));

        mvc.perform(put("/api/reviews/calendar/holidays/2026-09-01").with(MEMBER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Nghỉ liền kề Quốc khánh\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/reviews/calendar/holidays/2026-09-01").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Nghỉ liền kề Quốc khánh\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(range).with(MEMBER)).andExpect(jsonPath("$.workingDays").value(2));
        mvc.perform(get("/api/reviews/calendar/holidays?year=2026").with(MEMBER))
                .andExpect(jsonPath("$[?(@.day == '2026-09-01')].name").value("Nghỉ liền kề Quốc khánh"));

        mvc.perform(delete("/api/reviews/calendar/holidays/2026-09-01").with(SYSTEM_ADMIN))
                .andExpect(status().isNoContent());
        mvc.perform(get(range).with(MEMBER)).andExpect(jsonPath("$.workingDays").value(3));
        mvc.perform(delete("/api/reviews/calendar/holidays/2026-08-15").with(SYSTEM_ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Ngày 15/08/2026 không phải là ngày nghỉ đã khai báo."));
        mvc.perform(put("/api/reviews/calendar/holidays/2026-09-01").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reviews/calendar/working-days?from=2026-01-01&to=2030-01-01").with(MEMBER))
                .andExpect(status().isBadRequest());
    }
}
