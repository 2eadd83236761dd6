package vn.tusoi.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as users meet it: real Keycloak, Kafka and MariaDB, the four services in their own JVMs,
 * everything through the gateway. Started once for the suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final int SECOND_GATEWAY_PORT = 18090;
    /**
     * The stack runs as it does in production, on the machine's clock: every date this suite writes (deadlines,
     * the period, "on" days) is derived from the day it runs.
     */
    private static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalStack stack;
    private static String gateway;
    /** The campaign launched over the demo province and the member's review returned in it. */
    private static String campaign;
    private static String memberReview;

    @BeforeAll
    static void startStack() throws Exception {
        Path root = Path.of(System.getProperty("tusoi.root", "..")).toAbsolutePath().normalize();
        StackConfig config = StackConfig.endToEnd(root);
        forgetPreviousRun(config.home());
        stack = new LocalStack(config);
        Duration took = stack.start();
        System.out.println("End-to-end stack started in " + took.toSeconds() + " s; resident memory (MiB): "
                + stack.residentMemoryMiB());
        gateway = stack.config().gatewayUrl();
    }

    /** Every run starts from empty data; the unpacked Keycloak distribution is kept (it takes a while to build). */
    private static void forgetPreviousRun(Path home) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(home)) {
            return;
        }
        try (var entries = java.nio.file.Files.list(home)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().startsWith("keycloak-")) {
                    deleteTree(entry.resolve("data"));
                } else {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path path) throws java.io.IOException {
        if (!java.nio.file.Files.exists(path)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(each);
            }
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void withoutASessionTheApiAnswers401AndPagesRedirectToLogin() throws Exception {
        Browser anonymous = new Browser(gateway);
        for (String api : new String[] {"/api/org/units", "/api/reviews/org-units/" + UUID.randomUUID(),
                "/api/notifications/org-units/" + UUID.randomUUID()}) {
            HttpResponse<String> response = anonymous.getJson(api);
            assertThat(response.statusCode()).as(api).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("title").asString()).isEqualTo("Chưa đăng nhập");
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("TUSOI_SESSION"));
        }
        // metrics only on the management port, which the ingress never routes to; API documents need a login
        assertThat(anonymous.get("/actuator/prometheus").statusCode()).as("metrics on the gateway's port")
                .isEqualTo(404);
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + (stack.config().gatewayPort() + 1000) + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(anonymous.get("/api-docs/org").statusCode()).as("API documents, anonymous").isEqualTo(302);

        HttpResponse<String> page = anonymous.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(Browser.location(page)).endsWith("/oauth2/authorization/keycloak");

        HttpResponse<String> authorize = anonymous.get(Browser.location(page));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(Browser.location(authorize))
                .startsWith(stack.config().issuer() + "/protocol/openid-connect/auth")
                .contains("code_challenge=").contains("code_challenge_method=S256");
        HttpResponse<String> loginPage = anonymous.follow(authorize);
        assertThat(loginPage.body()).contains("lang=\"vi\"").contains("kc-form-login");
    }

    @Test
    @Order(2)
    void aSecretaryLogsInSeesTheirNameAndOnlyTheirChiBo() throws Exception {
        Browser secretary = new Browser(gateway);
        HttpResponse<String> home = secretary.login("demo-secretary", "demo");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).as("the web application").contains("<div id=\"root\">");
        JsonNode me = JSON.readTree(secretary.getJson("/api/me").body());
        assertThat(me.path("name").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(me.path("username").asString()).isEqualTo("demo-secretary");

        JsonNode units = JSON.readTree(secretary.getJson("/api/org/units").body());
        assertThat(units.path("totalElements").asInt()).isEqualTo(1);
        assertThat(units.path("items").get(0).path("code").asString()).isEqualTo("DU-P-DT-CB1");

        // relayed to the other services with the user's token; there the tree decides: not an administrator
        String unitId = units.path("items").get(0).path("id").asString();
        assertThat(secretary.getJson("/api/reviews/org-units/" + unitId).statusCode()).isEqualTo(403);
        assertThat(secretary.getJson("/api/notifications/org-units/" + unitId).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void aUnitCreatedThroughTheGatewayReachesTheOtherServicesThroughKafka() throws Exception {
        Browser admin = new Browser(gateway);
        assertThat(admin.login("demo-admin", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> documents = admin.getJson("/api-docs/org");
        assertThat(documents.statusCode()).as("API documents, a system administrator").isEqualTo(200);
        assertThat(documents.body()).contains("/api/org/units");
        JsonNode units = JSON.readTree(admin.getJson("/api/org/units?size=500").body());
        String parentId = null;
        for (JsonNode unit : units.path("items")) {
            if (unit.path("code").asString().equals("DU-X-TP")) {
                parentId = unit.path("id").asString();
            }
        }
        assertThat(parentId).isNotNull();
        String code = "E2E-" + System.currentTimeMillis();
        String body = """
                {"code": "%s", "name": "Chi bộ Thôn Mới, xã Tân Phú", "typeCode": "CHI_BO_TRUC_THUOC",
                 "parentId": "%s"}
                """.formatted(code, parentId);

        HttpResponse<String> withoutCsrf = admin.postJson("/api/org/units", body, false);
        assertThat(withoutCsrf.statusCode()).as("a session call without the CSRF token").isEqualTo(403);

        HttpResponse<String> created = admin.postJson("/api/org/units", body, true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String unitId = JSON.readTree(created.body()).path("id").asString();

        // the service logged the change as JSON, with the trace id of the request that made it
        JsonNode logLine = null;
        for (String line : java.nio.file.Files.readAllLines(stack.config().logs().resolve("org-service.log"))) {
            if (line.startsWith("{") && line.contains(unitId) && line.contains("created under")) {
                logLine = JSON.readTree(line);
            }
        }
        assertThat(logLine).as("a JSON log line for the created unit").isNotNull();
        assertThat(logLine.path("traceId").asString()).matches("[0-9a-f]{32}");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> review = admin.getJson("/api/reviews/org-units/" + unitId);
            assertThat(review.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(review.body()).path("name").asString()).isEqualTo("Chi bộ Thôn Mới, xã Tân Phú");
            HttpResponse<String> notification = admin.getJson("/api/notifications/org-units/" + unitId);
            assertThat(notification.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(notification.body()).path("path").asString()).endsWith(unitId + "/");
        });

        // the demo members reached the replicas too, with their positions and contact
        String secretary = "0193a000-0000-7000-8000-000000000003";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String service : new String[] {"reviews", "notifications"}) {
                HttpResponse<String> member = admin.getJson("/api/" + service + "/org-members/" + secretary);
                assertThat(member.statusCode()).as(service).isEqualTo(200);
                JsonNode replica = JSON.readTree(member.body());
                assertThat(replica.path("fullName").asString()).isEqualTo("Nguyễn Thị Hương");
                assertThat(replica.path("email").asString()).isEqualTo("demo-secretary@tusoi.local");
                assertThat(replica.path("positions").path(0).path("title").asString()).isEqualTo("BI_THU");
            }
        });
    }

    @Test
    @Order(4)
    void apiClientsCallWithBearerTokensAndForgedOnesAreRefused() throws Exception {
        String token = clientCredentialsToken();
        HttpResponse<String> ok = bearer("/api/org/units", token);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).has("items")).isTrue();

        String[] parts = token.split("\\.");
        String forgedSignature = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("not the realm's signature".getBytes(StandardCharsets.UTF_8));
        assertThat(bearer("/api/org/units", forgedSignature).statusCode()).isEqualTo(401);

        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"member\"", "\"system-admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(bearer("/api/reviews/org-units/" + UUID.randomUUID(), tampered).statusCode()).isEqualTo(401);
        assertThat(bearer("/api/org/units", "not-a-jwt").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void aSecondGatewayReplicaSharesTheSessionAndLogoutEndsIt() throws Exception {
        Browser member = new Browser(gateway);
        assertThat(member.login("demo-member", "demo").body()).contains("<div id=\"root\">");
        assertThat(JSON.readTree(member.getJson("/api/me").body()).path("name").asString()).isEqualTo("Trần Văn Minh");
        assertThat(member.getJson("/api-docs/reviews").statusCode()).as("API documents, a member").isEqualTo(403);

        stack.startGateway(SECOND_GATEWAY_PORT);
        Browser sameCookiesOtherReplica = member.at("http://localhost:" + SECOND_GATEWAY_PORT);
        HttpResponse<String> units = sameCookiesOtherReplica.getJson("/api/org/units");
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(units.body()).path("totalElements").asInt()).isEqualTo(1);

        assertThat(member.postForm("/logout", java.util.Map.of()).statusCode()).as("logout without the token")
                .isEqualTo(403);
        HttpResponse<String> logout = member.postJson("/logout", "{}", true);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(Browser.location(logout)).startsWith(stack.config().issuer() + "/protocol/openid-connect/logout");
        member.follow(logout);
        assertThat(sameCookiesOtherReplica.getJson("/api/org/units").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void membersGetAccountsAdoptingExistingUsersAndOneWhoLeavesIsDisabled() throws Exception {
        Browser admin = new Browser(gateway);
        assertThat(admin.login("demo-admin", "demo").statusCode()).isEqualTo(200);
        String demoMember = "0193a000-0000-7000-8000-000000000004";
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            admin.postJson("/api/org/accounts/sweep", "{}", true);
            JsonNode summary = JSON.readTree(admin.getJson("/api/org/accounts/summary").body());
            assertThat(summary.path("ACTIVE").asInt()).as(summary.toString()).isEqualTo(216);
        });

        // the demo account already existed and names the member: it was adopted, not duplicated, and keeps its password
        JsonNode adopted = JSON.readTree(admin.getJson("/api/org/members/" + demoMember + "/account").body());
        assertThat(adopted.path("state").asString()).isEqualTo("ACTIVE");
        Browser demo = new Browser(gateway);
        assertThat(demo.login("demo-member", "demo").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(demo.getJson("/api/me").body()).path("name").asString()).isEqualTo("Trần Văn Minh");

        // a member with only a mobile number got an account named by their party card number
        JsonNode cell = JSON.readTree(admin.getJson("/api/org/members?size=500").body());
        JsonNode someone = null;
        for (JsonNode item : cell.path("items")) {
            if (!item.path("personal").hasNonNull("email") && !item.path("id").asString().startsWith("0193a000")) {
                someone = item;
                break;
            }
        }
        assertThat(someone).isNotNull();
        String memberId = someone.path("id").asString();
        String card = someone.path("personal").path("partyCardNumber").asString();
        JsonNode user = keycloakUser(card);
        assertThat(user.path("attributes").path("memberId").path(0).asString()).isEqualTo(memberId);
        assertThat(user.path("enabled").asBoolean()).isTrue();

        HttpResponse<String> left = admin.postJson("/api/org/members/" + memberId + "/status",
                "{\"status\": \"LEFT\", \"on\": \"" + TODAY + "\"}", true);
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            admin.postJson("/api/org/accounts/sweep", "{}", true);
            JsonNode account = JSON.readTree(admin.getJson("/api/org/members/" + memberId + "/account").body());
            assertThat(account.path("state").asString()).isEqualTo("DISABLED");
        });
        assertThat(keycloakUser(card).path("enabled").asBoolean()).isFalse();

        // a hand-made user (say an IT account) is never taken over through a new member's email
        String token = clientCredentialsToken("tusoi-org-provisioning", "tusoi-org-provisioning-local-secret");
        String users = stack.config().issuer().replace("/realms/tusoi", "/admin/realms/tusoi") + "/users";
        HttpResponse<String> handMade = HTTP.send(HttpRequest.newBuilder(URI.create(users))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"it-staff\", \"enabled\": true,"
                        + " \"email\": \"it-staff@tusoi.local\", \"firstName\": \"IT\", \"lastName\": \"Staff\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(handMade.statusCode()).as(handMade.body()).isEqualTo(201);
        HttpResponse<String> enrolled = admin.postJson("/api/org/members", """
                {"fullName": "Phan Văn Mượn", "homeUnitId": "%s", "partyCardNumber": "9900000001",
                 "email": "it-staff@tusoi.local"}
                """.formatted(someone.path("homeUnitId").asString()), true);
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        String borrower = JSON.readTree(enrolled.body()).path("id").asString();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            admin.postJson("/api/org/accounts/sweep", "{}", true);
            JsonNode account = JSON.readTree(admin.getJson("/api/org/members/" + borrower + "/account").body());
            assertThat(account.path("state").asString()).isEqualTo("FAILED");
            assertThat(account.path("lastError").asString()).contains("không được nhận theo email");
        });
        assertThat(keycloakUser("it-staff").path("attributes").path("memberId").isMissingNode()).isTrue();
        assertThat(keycloakUsers("9900000001").size()).as("no second account made for the member").isZero();
        assertThat(admin.postJson("/api/org/members/" + borrower + "/status",
                "{\"status\": \"LEFT\", \"on\": \"" + TODAY + "\"}", true).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void aCampaignIsLaunchedOverTheProvinceAndWorkedThroughByTheRightPeople() throws Exception {
        Browser superior = new Browser(gateway);
        assertThat(superior.login("demo-superior", "demo").statusCode()).isEqualTo(200);
        String province = null;
        for (JsonNode unit : JSON.readTree(superior.getJson("/api/org/units?size=500").body()).path("items")) {
            if (unit.path("code").asString().equals("TU-BS")) {
                province = unit.path("id").asString();
            }
        }
        assertThat(province).isNotNull();
        HttpResponse<String> created = superior.postJson("/api/reviews/campaigns", """
                {"issuingUnitId": "%s", "kind": "THEMATIC", "title": "Sinh hoạt chính trị tự soi, tự sửa",
                 "periodStart": "%s", "periodEnd": "%s",
                 "deadlines": [{"level": 1, "due": "%s"}, {"level": 2, "due": "%s"}],
                 "reminders": {"daysBefore": [30, 3]}}
                """.formatted(province, TODAY.withDayOfYear(1), TODAY.withMonth(12).withDayOfMonth(31),
                workingDayAfter(superior, 28), workingDayAfter(superior, 21)), true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        campaign = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> launched = superior.postJson("/api/reviews/campaigns/" + campaign + "/launch", "{}",
                true);
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
        // every unit below the province reports (31 with the one created above), every active member reviews
        // (216 less the one who left, once that reached the replica)
        assertThat(JSON.readTree(launched.body()).path("created").asInt()).isBetween(31 + 215, 31 + 216);
        HttpResponse<String> again = superior.postJson("/api/reviews/campaigns/" + campaign + "/launch", "{}", true);
        assertThat(JSON.readTree(again.body()).path("created").asInt()).isZero();
        assertThat(JSON.readTree(again.body()).path("total").asInt())
                .isEqualTo(JSON.readTree(launched.body()).path("total").asInt());

        Browser secretary = new Browser(gateway);
        assertThat(secretary.login("demo-secretary", "demo").statusCode()).isEqualTo(200);
        String collective = null;
        String ownReview = null;
        for (JsonNode assignment : JSON.readTree(secretary.getJson("/api/reviews/assignments?campaignId="
                + campaign).body())) {
            if (assignment.path("kind").asString().equals("COLLECTIVE")) {
                collective = assignment.path("id").asString();
            } else {
                ownReview = assignment.path("id").asString();
                assertThat(assignment.path("templateCode").asString()).isEqualTo("MAU_2B");
            }
        }
        assertThat(collective).isNotNull();
        assertThat(ownReview).isNotNull();
        String report = "/api/reviews/reports/";
        String draft = "{\"revision\": 0, \"content\": {\"sections\": {\"UU_DIEM\": \"Hoàn thành tốt.\"}}}";
        String meeting = """
                {"heldOn": "%s", "present": 7, "absent": 0, "minutes": "Chi bộ thảo luận.", "conclusion": "Thống nhất."}
                """.formatted(TODAY);

        assertThat(secretary.putJson(report + collective + "/draft", draft).statusCode()).isEqualTo(200);
        HttpResponse<String> circulated = secretary.postJson(report + collective + "/circulate",
                "{\"plannedMeetingOn\": \"" + workingDayAfter(secretary, 7) + "\"}", true);
        assertThat(circulated.statusCode()).as(circulated.body()).isEqualTo(200);

        // the chi bộ's member reads the circulated draft, comments, writes and submits their own review
        Browser member = new Browser(gateway);
        assertThat(member.login("demo-member", "demo").statusCode()).isEqualTo(200);
        assertThat(member.getJson(report + collective).statusCode()).isEqualTo(200);
        assertThat(member.postJson(report + collective + "/comments", "{\"body\": \"Nhất trí với dự thảo.\"}",
                true).statusCode()).isEqualTo(200);
        JsonNode mine = JSON.readTree(member.getJson("/api/reviews/assignments?campaignId=" + campaign).body());
        assertThat(mine.size()).isEqualTo(1);
        memberReview = mine.path(0).path("id").asString();
        assertThat(member.putJson(report + memberReview + "/draft", draft).statusCode()).isEqualTo(200);
        assertThat(member.putJson(report + collective + "/draft", draft).statusCode()).isEqualTo(403);
        assertThat(member.postJson(report + memberReview + "/submit", "{}", true).statusCode()).isEqualTo(200);

        // the collective first, then the bí thư; the member waits for the phó bí thư
        assertThat(secretary.postJson(report + collective + "/submit", "{}", true).statusCode()).isEqualTo(200);
        HttpResponse<String> discussed = secretary.postJson(report + collective + "/meeting", meeting, true);
        assertThat(discussed.statusCode()).as(discussed.body()).isEqualTo(200);
        assertThat(JSON.readTree(discussed.body()).path("status").asString()).isEqualTo("DISCUSSED");
        assertThat(secretary.putJson(report + ownReview + "/draft", draft).statusCode()).isEqualTo(200);
        assertThat(secretary.postJson(report + ownReview + "/submit", "{}", true).statusCode()).isEqualTo(200);
        assertThat(secretary.postJson(report + ownReview + "/meeting", meeting, true).statusCode()).isEqualTo(200);
        HttpResponse<String> tooEarly = secretary.postJson(report + memberReview + "/meeting", meeting, true);
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(tooEarly.body()).path("detail").asString()).contains("phó bí thư");

        // the superior follows the chi bộ's reports and may return one with reasons
        String cell = JSON.readTree(secretary.getJson(report + collective).body()).path("placeUnitId").asString();
        JsonNode inCell = JSON.readTree(superior.getJson("/api/reviews/campaigns/" + campaign + "/units/" + cell
                + "/assignments").body());
        java.util.List<String> inCellIds = new java.util.ArrayList<>();
        inCell.forEach(assignment -> inCellIds.add(assignment.path("id").asString()));
        assertThat(inCellIds).contains(collective, ownReview, memberReview).hasSizeGreaterThanOrEqualTo(9);
        HttpResponse<String> returned = superior.postJson(report + memberReview + "/return",
                "{\"reasons\": \"Đề nghị làm rõ phần hạn chế.\"}", true);
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        JsonNode history = JSON.readTree(member.getJson(report + memberReview + "/history").body());
        assertThat(history.path(history.size() - 1).path("detail").asString()).isEqualTo("Đề nghị làm rõ phần hạn chế.");
    }

    @Test
    @Order(8)
    void noticesRemindersAndDigestsReachTheDemoProvinceByEmailSmsAndInbox() throws Exception {
        Browser member = new Browser(gateway);
        assertThat(member.login("demo-member", "demo").statusCode()).isEqualTo(200);
        // the launch, the reminder (this campaign reminds 30 days ahead) and the return, in the inbox through the
        // gateway
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() ->
                inboxKinds(member).containsAll(java.util.List.of("ASSIGNED", "REMINDER", "RETURNED")));
        JsonNode inbox = JSON.readTree(member.getJson("/api/notifications/inbox").body());
        int unread = JSON.readTree(member.getJson("/api/notifications/inbox/unread-count").body()).path("unread")
                .asInt();
        assertThat(unread).isGreaterThanOrEqualTo(3);
        assertThat(member.postJson("/api/notifications/inbox/" + inbox.path(0).path("id").asString() + "/read", "",
                true).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(member.getJson("/api/notifications/inbox/unread-count").body()).path("unread")
                .asInt()).isEqualTo(unread - 1);

        // the same by email, and by SMS for the return (without diacritics, delivery reported); the SMS lane goes
        // at the provider's pace through the province's reminders first
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            java.util.List<String> subjects = new java.util.ArrayList<>();
            for (jakarta.mail.internet.MimeMessage mail : stack.mail().receivedBy("demo-member@tusoi.local")) {
                subjects.add(mail.getSubject());
            }
            assertThat(subjects).anyMatch(subject -> subject.startsWith("[tusoi] Việc mới: Bản kiểm điểm cá nhân"))
                    .anyMatch(subject -> subject.startsWith("[tusoi] Nhắc hạn: Bản kiểm điểm cá nhân"))
                    .anyMatch(subject -> subject.equals("[tusoi] Bản kiểm điểm cá nhân được trả lại để bổ sung"));
            assertThat(stack.sms().sent()).anyMatch(sms -> sms.message().contains("Ban kiem diem ca nhan dot")
                    && sms.message().contains("duoc tra lai de bo sung") && sms.brandName().equals("TUSOI"));
        });
        Browser admin = new Browser(gateway);
        assertThat(admin.login("demo-admin", "demo").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            JsonNode log = JSON.readTree(admin.getJson("/api/notifications/deliveries?channel=SMS&campaignId="
                    + campaign).body());
            for (JsonNode delivery : log) {
                if ("DELIVERED".equals(delivery.path("reportStatus").asString())) {
                    return true;
                }
            }
            return false;
        });

        // days pass and the member's review is still not in: the chi bộ's bí thư gets one digest of late work
        long late = TODAY.minusDays(4).toEpochDay();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(stack.jdbcUrl("tusoi_notification"),
                "root", "");
                java.sql.PreparedStatement moved = db.prepareStatement(
                        "update tracked_assignment set due = ? where id = ?")) {
            moved.setObject(1, java.time.LocalDate.ofEpochDay(late));
            moved.setBytes(2, bytes(UUID.fromString(memberReview)));
            assertThat(moved.executeUpdate()).isEqualTo(1);
        }
        Browser secretary = new Browser(gateway);
        assertThat(secretary.login("demo-secretary", "demo").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() ->
                inboxKinds(secretary).contains("ESCALATION"));
        assertThat(stack.mail().receivedBy("demo-secretary@tusoi.local")).anyMatch(mail -> {
            try {
                return mail.getSubject().endsWith("việc quá hạn chưa hoàn thành");
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        });
    }

    private static java.util.List<String> inboxKinds(Browser who) throws Exception {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        JSON.readTree(who.getJson("/api/notifications/inbox").body())
                .forEach(item -> kinds.add(item.path("kind").asString()));
        return kinds;
    }

    private static byte[] bytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }

    /** The first working day, by the running system's calendar, at least {@code days} days from today. */
    private static String workingDayAfter(Browser reader, int days) throws Exception {
        java.util.Set<String> off = new java.util.HashSet<>();
        for (int year = TODAY.getYear(); year <= TODAY.plusDays(days + 30).getYear(); year++) {
            for (JsonNode holiday : JSON.readTree(reader.getJson("/api/reviews/calendar/holidays?year=" + year).body())) {
                off.add(holiday.path("day").asString());
            }
        }
        java.time.LocalDate day = TODAY.plusDays(days);
        while (day.getDayOfWeek().getValue() > 5 || off.contains(day.toString())) {
            day = day.plusDays(1);
        }
        return day.toString();
    }

    /** A user as Keycloak's admin API shows it, read with the provisioning client's service account. */
    private static JsonNode keycloakUser(String username) throws Exception {
        JsonNode users = keycloakUsers(username);
        assertThat(users.size()).as("users named " + username).isEqualTo(1);
        return users.path(0);
    }

    private static JsonNode keycloakUsers(String username) throws Exception {
        String token = clientCredentialsToken("tusoi-org-provisioning", "tusoi-org-provisioning-local-secret");
        String base = stack.config().issuer().replace("/realms/tusoi", "/admin/realms/tusoi");
        HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/users?exact=true"
                        + "&briefRepresentation=false&username=" + username)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return JSON.readTree(found.body());
    }

    private static String clientCredentialsToken() throws Exception {
        return clientCredentialsToken("tusoi-integration", "tusoi-integration-local-secret");
    }

    private static String clientCredentialsToken(String clientId, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.config().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private static HttpResponse<String> bearer(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The web application in a real browser (Debian's Chromium, driven by playwright-core from web/e2e): a campaign
     * set up and launched, a review written, returned, resubmitted, a collective draft circulated, commented and
     * discussed, a session lost mid-edit; screenshots of the main screens at phone and desktop size and an axe-core
     * check of each go to local/target/browser.
     */
    @Test
    @Order(20)
    void theWebApplicationInARealBrowser() throws Exception {
        boolean required = "required".equals(System.getenv("TUSOI_BROWSER_TESTS"));
        boolean present = Files.isExecutable(Path.of("/usr/bin/chromium"));
        assertThat(present || !required).as("Debian's chromium at /usr/bin/chromium (apt-get install chromium)").isTrue();
        org.junit.jupiter.api.Assumptions.assumeTrue(present,
                "the browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium); .ci/run installs it");
        Path root = Path.of(System.getProperty("tusoi.root", "..")).toAbsolutePath().normalize();
        Path out = root.resolve("local/target/browser");
        Files.createDirectories(out);
        Path log = out.resolve("browser.log");
        ProcessBuilder node = new ProcessBuilder("node", "e2e/browser.mjs")
                .directory(root.resolve("web").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("GATEWAY_URL", gateway);
        node.environment().put("OUT", out.toString());
        Process browser = node.start();
        boolean finished = browser.waitFor(10, java.util.concurrent.TimeUnit.MINUTES);
        if (!finished) {
            browser.destroyForcibly();
        }
        System.out.println(Files.readString(log));
        assertThat(finished).as("the browser tests finish").isTrue();
        assertThat(browser.exitValue()).as("the browser tests pass (output above)").isZero();
    }
}
