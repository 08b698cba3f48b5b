package io.aisle.media.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for an S3-compatible object store: keeps objects in memory by path and records every
 * request as it arrived on the wire, for the test to check. It can be told to fail the next PUTs.
 */
final class FakeS3 implements AutoCloseable {

    record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    final List<Received> requests = new CopyOnWriteArrayList<>();
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    volatile int failingPuts;
    private final HttpServer server;

    FakeS3() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                if (failingPuts > 0) {
                    failingPuts--;
                    answer(exchange, 500, new byte[0]);
                    return;
                }
                objects.put(path, body);
                answer(exchange, 200, new byte[0]);
            }
            case "GET" -> {
                byte[] object = objects.get(path);
                answer(exchange, object == null ? 404 : 200, object == null ? new byte[0] : object);
            }
            case "DELETE" -> {
                objects.remove(path);
                answer(exchange, 204, null);
            }
            default -> answer(exchange, 405, new byte[0]);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
