package vn.tusoi.local;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that follows redirects step by step, as a browser does. */
final class Browser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;

    Browser(String base) {
        this(base, new LocalhostCookieManager());
    }

    private Browser(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same cookies (the same person) at another address, e.g. another gateway replica. */
    Browser at(String otherBase) {
        return new Browser(otherBase, cookies);
    }

    HttpResponse<String> get(String pathOrUrl) throws Exception {
        return send(request(pathOrUrl).header("Accept", "text/html,application/json").GET().build());
    }

    HttpResponse<String> getJson(String path) throws Exception {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    HttpResponse<String> postJson(String path, String json, boolean withCsrfToken) throws Exception {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrfToken) {
            builder.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        return send(builder.build());
    }

    HttpResponse<String> putJson(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN")).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(pathOrUrl).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Follows redirects until a page that is not one. */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
            current = get(location(current));
        }
        return current;
    }

    /** Logs in through Keycloak's form, starting from a gateway page; returns the page after login. */
    HttpResponse<String> login(String username, String password) throws Exception {
        HttpResponse<String> loginPage = follow(get("/"));
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("No Keycloak login form at " + loginPage.uri() + ": " + loginPage.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        return follow(postForm(action, Map.of("username", username, "password", password, "credentialId", "")));
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    /**
     * Browsers treat http://localhost as a secure context and send it Secure cookies (Keycloak's login cookies
     * are Secure); the JDK's CookieManager would not, so this one does for localhost.
     */
    private static final class LocalhostCookieManager extends CookieManager {

        LocalhostCookieManager() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String header = getCookieStore().getCookies().stream()
                    .filter(cookie -> !cookie.hasExpired())
                    .filter(cookie -> uri.getPath().startsWith(cookie.getPath() == null ? "/" : cookie.getPath()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302 || response.statusCode() == 303 || response.statusCode() == 301;
    }

    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return response.uri().resolve(location).toString();
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base + pathOrUrl);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept-Language", "vi");
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
