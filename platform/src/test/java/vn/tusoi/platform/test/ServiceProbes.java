package vn.tusoi.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What every service must serve over real HTTP: probes, metrics on the management port only, API documents to
 * system administrators only, and 401 problems on its API.
 */
public final class ServiceProbes {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceProbes() {
    }

    /**
     * @param port           the service's port
     * @param managementPort the management port (metrics)
     * @param protectedPath  an API path that needs a token
     * @param memberStatus   what a valid token with only the member role gets there
     */
    public static void assertServes(int port, int managementPort, String protectedPath, int memberStatus)
            throws Exception {
        assertThat(managementPort).as("the management port is not the service's").isNotEqualTo(port);
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        for (String management : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
            assertThat(get(port, management).statusCode()).as(management + " on the service's port")
                    .isIn(401, 404);
        }

        String documents = "/v3/api-docs";
        assertThat(get(port, documents).statusCode()).as("API documents, anonymous").isEqualTo(401);
        assertThat(get(port, "/swagger-ui/index.html").statusCode()).as("API browser, anonymous").isEqualTo(401);
        String member = TestTokens.token().roles("member", "org-admin").sign();
        assertThat(bearer(port, documents, member).statusCode()).as("API documents, no administrator")
                .isEqualTo(403);
        HttpResponse<String> docs = bearer(port, documents, TestTokens.token().roles("system-admin").sign());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains(protectedPath.substring(0, protectedPath.indexOf('/', 5)));

        HttpResponse<String> anonymous = get(port, protectedPath);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("Chưa đăng nhập");

        String probe = protectedPath;
        String valid = TestTokens.token().roles("member").sign();
        assertThat(bearer(port, probe, valid).statusCode()).as("valid token, member role").isEqualTo(memberStatus);
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZvcmdlZA";
        assertThat(bearer(port, probe, forged).statusCode()).as("forged signature").isEqualTo(401);
        String expired = TestTokens.token().roles("system-admin").expired().sign();
        assertThat(bearer(port, probe, expired).statusCode()).as("expired").isEqualTo(401);
        String otherAudience = TestTokens.token().roles("system-admin").audience("another-api").sign();
        assertThat(bearer(port, probe, otherAudience).statusCode()).as("wrong audience").isEqualTo(401);
        String otherIssuer = TestTokens.token().roles("system-admin").issuer("http://evil.example/realms/x").sign();
        assertThat(bearer(port, probe, otherIssuer).statusCode()).as("wrong issuer").isEqualTo(401);
    }

    private static HttpResponse<String> bearer(int port, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(port, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
