package vn.tusoi.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.bench.BenchDatabase;
import vn.tusoi.bench.BenchKafka;
import vn.tusoi.org.OrgServiceApplication;
import vn.tusoi.org.imports.ImportJobView;
import vn.tusoi.org.imports.ImportKind;
import vn.tusoi.org.imports.ImportService;
import vn.tusoi.platform.security.Caller;

/**
 * Provisions Keycloak accounts for imported members through org-service's provisioner (a real Keycloak 26 in
 * development mode, its H2 database), and, as the baseline, sends the same number of users straight to Keycloak's
 * partial import in the same batch size with no bookkeeping. Prints both rates and the time 160,000 accounts
 * would take at the measured rate.
 */
public final class AccountProvisioningBench {

    private static final int BATCH = 500;
    private static final int CELLS = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Caller OPERATOR = new Caller("bench", Optional.empty(), Set.of(Caller.ROLE_SYSTEM_ADMIN));
    private static final String SECRET = "tusoi-org-provisioning-local-secret";

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path root = Path.of(".").toAbsolutePath().normalize();
        StackConfig config = new StackConfig(root, root.resolve("bench/target/provisioning-stack"), 0, 0, 28180, 0,
                0, 0, 0, null, "root", "", 0, 0, 0, null);
        Properties build = new Properties();
        try (var in = LocalStack.class.getResourceAsStream("/local-stack.properties")) {
            build.load(in);
        }
        String version = build.getProperty("keycloak.version");
        deleteTree(config.home().resolve("keycloak-" + version).resolve("data"));
        Files.createDirectories(config.logs());
        LocalKeycloak keycloak = new LocalKeycloak(config, Path.of(build.getProperty("keycloak.zip")), version);
        long start = System.nanoTime();
        keycloak.start();
        System.out.printf("keycloak_start_seconds=%.0f%n", seconds(start));
        EmbeddedKafkaKraftBroker kafka = BenchKafka.start();
        try (BenchDatabase db = BenchDatabase.start("bench_accounts")) {
            ConfigurableApplicationContext service = new SpringApplicationBuilder(OrgServiceApplication.class).run(
                    "--spring.datasource.url=" + db.url("bench_accounts"),
                    "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(), "--server.port=0", "--management.server.port=0", "--tusoi.secrets.allow-local=true",
                    "--spring.main.banner-mode=off", "--logging.structured.format.console=",
                    "--management.tracing.sampling.probability=0", "--tusoi.accounts.enabled=true",
                    "--tusoi.accounts.keycloak-url=http://localhost:" + config.keycloakPort(),
                    "--tusoi.accounts.client-secret=" + SECRET, "--tusoi.accounts.sweep-interval=2s");
            try {
                run(service, config, members);
            } finally {
                service.close();
            }
        } finally {
            kafka.destroy();
            keycloak.stop();
        }
    }

    private static void run(ConfigurableApplicationContext service, StackConfig config, int members)
            throws Exception {
        ImportService imports = service.getBean(ImportService.class);
        JdbcClient jdbc = service.getBean(JdbcClient.class);
        expect(imports.importAndWait(ImportKind.UNITS, "units.csv", ImportKind.UNITS.csv(units()), OPERATOR,
                Duration.ofMinutes(2)));
        expect(imports.importAndWait(ImportKind.MEMBERS, "members.csv", ImportKind.MEMBERS.csv(members(members)),
                OPERATOR, Duration.ofMinutes(5)));
        long start = System.nanoTime();
        long active = 0;
        while (active < members) {
            Thread.sleep(250);
            active = jdbc.sql("select count(*) from member_account where state = 'ACTIVE'").query(Long.class)
                    .single();
            if (seconds(start) > 3_600) {
                throw new IllegalStateException("only " + active + " accounts after an hour");
            }
        }
        double provisioned = seconds(start);
        long failed = jdbc.sql("select count(*) from member_account where state = 'FAILED'").query(Long.class)
                .single();
        double rate = members / provisioned;
        System.out.printf("accounts=%d%nprovisioning_seconds=%.1f%naccounts_per_s=%.0f%nfailed=%d%n", members,
                provisioned, rate, failed);

        double raw = rawPartialImports(config, members);
        double rawRate = members / raw;
        System.out.printf("raw_partial_import_seconds=%.1f%nraw_partial_import_accounts_per_s=%.0f%n", raw, rawRate);
        System.out.printf("projected_160000_accounts_minutes=%.1f%n", 160_000 / rate / 60);
        System.out.printf("ratio_to_raw_partial_import=%.2f%n", rate / rawRate);
    }

    /** The same number of users, batch by batch, straight into Keycloak's partial import. */
    private static double rawPartialImports(StackConfig config, int members) throws Exception {
        String base = "http://localhost:" + config.keycloakPort();
        String token = token(base);
        long start = System.nanoTime();
        for (int from = 0; from < members; from += BATCH) {
            List<Object> users = new ArrayList<>();
            for (int i = from; i < Math.min(members, from + BATCH); i++) {
                users.add(java.util.Map.of("username", String.format("raw%08d", i), "enabled", true,
                        "firstName", "Văn An", "lastName", "Nguyễn",
                        "attributes", java.util.Map.of("memberId", List.of(java.util.UUID.randomUUID().toString())),
                        "realmRoles", List.of("member")));
            }
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(base + "/admin/realms/tusoi/partialImport"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                            "ifResourceExists", "SKIP", "users", users)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
        return seconds(start);
    }

    private static String token(String base) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(base + "/realms/tusoi/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + "tusoi-org-provisioning&client_secret=" + URLEncoder.encode(SECRET, UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        return body.path("access_token").asString();
    }

    private static List<List<Object>> units() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("TU-ACC", "Tỉnh ủy Thử tải", "Tỉnh ủy", null));
        rows.add(Arrays.asList("ACC-XA", "Đảng ủy xã Thử tải", "Đảng ủy xã", "TU-ACC"));
        for (int c = 0; c < CELLS; c++) {
            rows.add(Arrays.asList(String.format("ACC-CB-%03d", c), "Chi bộ thôn " + c, "Chi bộ trực thuộc",
                    "ACC-XA"));
        }
        return rows;
    }

    private static List<List<Object>> members(int count) {
        List<List<Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(Arrays.asList(null, "Nguyễn Văn An " + i, null, "Nam", String.format("97%08d", i), null, null,
                    null, i % 2 == 0 ? "tk" + i + "@binhson.gov.vn" : null, String.format("09%08d", i),
                    String.format("ACC-CB-%03d", i % CELLS), "Không", "Không"));
        }
        return rows;
    }

    private static void expect(ImportJobView job) {
        if (!"SUCCEEDED".equals(job.status())) {
            throw new IllegalStateException("Import " + job.id() + " ended " + job.status());
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
