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

/**
 * Working days skip weekends and the holidays of the Labour Code, computed for every year; the administrator enters
 * what the year's decision moves. These are facts about named days, so the days are written out.
 */
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
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).as("the day before Quốc khánh").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 5))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
        // Tue 28, Wed 29 April; 30 April and 1 May off; the weekend; Mon 4 May
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 4))).isEqualTo(3);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 3)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void theCalendarKnowsTetAndGioToInYearsNobodyEntered() {
        // Tết 2028 is Wednesday 26/01: Tue 25 to Sat 29 off, the Saturday made up on Monday 31/01
        assertThat(calendar.addWorkingDays(LocalDate.of(2028, 1, 21), 1)).isEqualTo(LocalDate.of(2028, 1, 24));
        assertThat(calendar.addWorkingDays(LocalDate.of(2028, 1, 21), 2)).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 31))).as("nghỉ bù").isFalse();
        // Giỗ Tổ 2035: 10/3 âm lịch is Tuesday 17/04
        assertThat(calendar.isWorkingDay(LocalDate.of(2035, 4, 17))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2035, 4, 16))).isTrue();
    }

    @Test
    void aDeadlineCascadeOverTetCountsOnlyWorkingDays() {
        // the chi bộ due on Friday 21/01/2028, before Tết, the commune due on Friday 18/02/2028
        LocalDate commune = LocalDate.of(2028, 2, 18);
        LocalDate cell = LocalDate.of(2028, 1, 21);
        assertThat(calendar.workingDaysBetween(cell, commune)).as("20 weekdays, 4 of Tết, 1 nghỉ bù").isEqualTo(15);
        assertThat(calendar.addWorkingDays(cell, 15)).isEqualTo(commune);
    }

    @Test
    void theHolidaysOfAYearAreNamedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/reviews/calendar/holidays?year=2028").with(MEMBER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.day == '2028-01-26')].kind").value("LUNAR_NEW_YEAR"))
                .andExpect(jsonPath("$[?(@.day == '2028-01-26')].name").value("Tết Nguyên đán"))
                .andExpect(jsonPath("$[?(@.day == '2028-01-31')].name").value("Nghỉ bù Tết Nguyên đán ngày 29/01/2028"))
                .andExpect(jsonPath("$[?(@.day == '2028-04-04')].kind").value("HUNG_KINGS"))
                .andExpect(jsonPath("$[?(@.day == '2028-09-01')].kind").value("NATIONAL_DAY_ADJACENT"));
        mvc.perform(get("/api/reviews/calendar/holidays?year=2028").with(MEMBER).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.day == '2028-01-01')].name").value("New Year's Day"));
        mvc.perform(get("/api/reviews/calendar/holidays?year=1999").with(MEMBER)).andExpect(status().isBadRequest());
    }

    @Test
    void theAdministratorEntersWhatTheYearsDecisionMoves() throws Exception {
        // the decision for Tết 2029 (Tuesday 13/02): Friday 09/02 off as well, Saturday 24/02 worked in exchange
        String week = "/api/reviews/calendar/working-days?from=2029-02-08&to=2029-02-25";
        mvc.perform(get(week).with(MEMBER)).andExpect(status().isOk()).andExpect(jsonPath("$.workingDays").value(6));

        String extra = "{\"name\": \"Nghỉ Tết theo quyết định\"}";
        mvc.perform(put("/api/reviews/calendar/holidays/2029-02-09").with(MEMBER)
                        .contentType(MediaType.APPLICATION_JSON).content(extra))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/reviews/calendar/holidays/2029-02-09").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(extra))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("DAY_OFF"));
        mvc.perform(put("/api/reviews/calendar/holidays/2029-02-24").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Làm bù\", \"kind\": \"WORKING_DAY\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(week).with(MEMBER)).andExpect(jsonPath("$.workingDays").value(6));
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 2, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 2, 24))).isTrue();
        mvc.perform(get("/api/reviews/calendar/holidays?year=2029").with(MEMBER))
                .andExpect(jsonPath("$[?(@.day == '2029-02-09')].name").value("Nghỉ Tết theo quyết định"))
                .andExpect(jsonPath("$[?(@.day == '2029-02-09')].kind").value("DECLARED"));
        mvc.perform(get("/api/reviews/calendar/overrides?year=2029").with(MEMBER))
                .andExpect(jsonPath("$.length()").value(2));

        mvc.perform(put("/api/reviews/calendar/holidays/2029-02-21").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Làm bù\", \"kind\": \"WORKING_DAY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ngày 21/02/2029 vốn là ngày làm việc: chỉ khai báo ngày làm "
                        + "việc cho thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ được dời."));

        mvc.perform(delete("/api/reviews/calendar/holidays/2029-02-09").with(SYSTEM_ADMIN))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/reviews/calendar/holidays/2029-02-24").with(SYSTEM_ADMIN))
                .andExpect(status().isNoContent());
        mvc.perform(get(week).with(MEMBER)).andExpect(jsonPath("$.workingDays").value(6));
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 2, 9))).isTrue();
        mvc.perform(delete("/api/reviews/calendar/holidays/2029-08-15").with(SYSTEM_ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Ngày 15/08/2029 không phải là ngày nghỉ đã khai báo."));
        mvc.perform(put("/api/reviews/calendar/holidays/2029-09-01").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reviews/calendar/working-days?from=2026-01-01&to=2030-01-01").with(MEMBER))
                .andExpect(status().isBadRequest());
    }
}
