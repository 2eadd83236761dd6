package vn.tusoi.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Stands in for a downstream service: answers with the method, path and Authorization header it received. */
final class EchoService {

    private static HttpServer server;

    private EchoService() {
    }

    static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                byte[] body = ("{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                        + exchange.getRequestURI().getPath() + "\",\"authorization\":\""
                        + (authorization == null ? "" : authorization) + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }
        return "http://localhost:" + server.getAddress().getPort();
    }
}
