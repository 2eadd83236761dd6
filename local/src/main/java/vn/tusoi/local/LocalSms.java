package vn.tusoi.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A brand-name SMS provider for the stack: it accepts every message, writes it to {@code logs/sms.log}, and
 * reports it delivered to notification-service's callback a moment later, retrying as providers do while the
 * message is not yet known there.
 */
public final class LocalSms {

    /** The token the stand-in sends with its delivery reports. */
    static final String CALLBACK_TOKEN = "local-sms-callback-token";
    private static final int REPORT_ATTEMPTS = 10;

    /** One message as the provider got it. */
    public record Sent(String requestId, String phone, String brandName, String message) {
    }

    private final StackConfig config;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private HttpServer server;
    private ScheduledExecutorService reports;

    LocalSms(StackConfig config) {
        this.config = config;
    }

    void start() throws IOException {
        reports = Executors.newSingleThreadScheduledExecutor(work -> daemon(work, "local-sms-reports"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", config.smsPort()), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, work -> daemon(work, "local-sms")));
        server.createContext("/sms/send", this::accept);
        server.start();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
            reports.shutdownNow();
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + config.smsPort() + "/sms/send";
    }

    /** Every message accepted so far, oldest first. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    private void accept(HttpExchange exchange) throws IOException {
        JsonNode request;
        try (InputStream in = exchange.getRequestBody()) {
            request = json.readTree(in.readAllBytes());
        }
        Sent message = new Sent(request.path("requestId").asString(), request.path("phone").asString(),
                request.path("brandName").asString(), request.path("message").asString());
        sent.add(message);
        Files.writeString(config.logs().resolve("sms.log"), LocalDateTime.now() + " " + message.brandName() + " -> "
                + message.phone() + ": " + message.message() + System.lineSeparator(), UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        byte[] answer = json.writeValueAsBytes(Map.of("messageId", "local-" + ids.incrementAndGet()));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
        reports.schedule(() -> report(message, 1), 1, TimeUnit.SECONDS);
    }

    private void report(Sent message, int attempt) {
        HttpRequest callback = HttpRequest.newBuilder(URI.create("http://localhost:" + config.notificationPort()
                        + "/api/notifications/sms/delivery-reports"))
                .header("Content-Type", "application/json").header("X-Callback-Token", CALLBACK_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of(
                        "requestId", message.requestId(), "status", "DELIVERED"))))
                .build();
        int status;
        try {
            status = http.send(callback, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            status = 503;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        if (status >= 300 && attempt < REPORT_ATTEMPTS) {
            reports.schedule(() -> report(message, attempt + 1), 2, TimeUnit.SECONDS);
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
