package vn.tusoi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.tusoi.platform.id.Ids;

/**
 * Every endpoint of notification-service against every kind of caller: a refusal is a problem detail and
 * changes nothing.
 */
class AuthorizationMatrixTest extends NotificationIntegrationTest {

    private static final String[] CALLERS = {"anonymous", "member", "system-admin"};

    record Row(String name, HttpMethod method, String path, String body, int[] expected) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    UUID member = Ids.newId();

    RequestPostProcessor as(String who) {
        return switch (who) {
            case "member" -> jwt().jwt(t -> t.claim("member_id", member.toString()))
                    .authorities(new SimpleGrantedAuthority("ROLE_member"));
            case "system-admin" -> jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"));
            default -> request -> request;
        };
    }

    String state() {
        return jdbc.sql("select concat_ws('/', (select count(*) from notification_preference),"
                + " (select count(*) from inbox_item where read_at is not null), (select count(*) from delivery),"
                + " (select count(*) from delivery where report_status is not null))")
                .query(String.class).single();
    }

    @Test
    void everyEndpointAgainstEveryCaller() throws Exception {
        List<Row> rows = List.of(
                new Row("my inbox", HttpMethod.GET, "/api/notifications/inbox", null, new int[] {401, 200, 403}),
                new Row("unread count", HttpMethod.GET, "/api/notifications/inbox/unread-count", null,
                        new int[] {401, 200, 403}),
                new Row("mark someone's item read", HttpMethod.POST,
                        "/api/notifications/inbox/" + Ids.newId() + "/read", null, new int[] {401, 404, 403}),
                new Row("my preferences", HttpMethod.GET, "/api/notifications/preferences", null,
                        new int[] {401, 200, 403}),
                new Row("invalid preferences", HttpMethod.PUT, "/api/notifications/preferences",
                        "{\"emailEnabled\": true, \"smsEnabled\": false, \"language\": \"fr\"}",
                        new int[] {401, 400, 400}),
                new Row("save preferences", HttpMethod.PUT, "/api/notifications/preferences",
                        "{\"emailEnabled\": true, \"smsEnabled\": false, \"language\": \"vi\"}",
                        new int[] {401, 200, 403}),
                new Row("delivery log", HttpMethod.GET, "/api/notifications/deliveries?status=FAILED", null,
                        new int[] {401, 403, 200}),
                new Row("delivery log by a status there is not", HttpMethod.GET,
                        "/api/notifications/deliveries?status=LOST", null, new int[] {401, 403, 400}),
                new Row("a unit in the replica", HttpMethod.GET, "/api/notifications/org-units/" + Ids.newId(),
                        null, new int[] {401, 403, 404}),
                // the provider's callback takes its shared token only: a user's token is not one
                new Row("an SMS delivery report without the callback token", HttpMethod.POST,
                        "/api/notifications/sms/delivery-reports",
                        "{\"requestId\": \"" + Ids.newId() + "\", \"status\": \"DELIVERED\"}",
                        new int[] {401, 401, 401}));
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < CALLERS.length; i++) {
                String before = state();
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(), row.path())
                        .with(as(CALLERS[i]));
                if (row.body() != null) {
                    request.contentType(MediaType.APPLICATION_JSON).content(row.body());
                }
                var response = mvc.perform(request).andReturn().getResponse();
                int expected = row.expected()[i];
                if (response.getStatus() != expected) {
                    mismatches.add(row.name() + " as " + CALLERS[i] + ": " + response.getStatus() + " not " + expected);
                }
                if (expected >= 400) {
                    if (response.getContentType() == null
                            || !response.getContentType().startsWith("application/problem+json")) {
                        mismatches.add(row.name() + " as " + CALLERS[i] + ": refusal is not a problem detail");
                    }
                    if (!state().equals(before)) {
                        mismatches.add(row.name() + " as " + CALLERS[i] + ": a refusal changed data");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
