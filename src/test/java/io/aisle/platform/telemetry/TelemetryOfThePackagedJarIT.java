package io.aisle.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar started as an operator starts it, with {@code AISLE_LOG_FORMAT=json} and {@code AISLE_OTLP_ENDPOINT}
 * in its environment: every line it logs is a JSON object, a request's line carries the trace id the caller sent,
 * and the request's span reaches the (fake) collector in that trace.
 */
class TelemetryOfThePackagedJarIT {

    private static final Path WORK = Path.of("target", "telemetry-it");
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void logsJsonLinesWithTheTraceIdAndExportsTheRequestsSpan() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path log = WORK.resolve("aisle.log");
        int port = freePort();
        try (OtlpCollector collector = new OtlpCollector()) {
            Process aisle = start(port, freePort(), collector, log);
            try {
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                        .until(() -> status(port, "/readyz", null) == 200 || !aisle.isAlive());
                assertThat(aisle.isAlive()).as(Files.readString(log)).isTrue();

                assertThat(status(port, "/api/v1/products", "00-" + TRACE_ID + "-b7ad6b7169203331-01")).isEqualTo(200);

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    List<JsonNode> lines = jsonLines(log);
                    assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asString())
                            .startsWith("Started AisleApplication"));
                    assertThat(lines).filteredOn(line -> TRACE_ID.equals(line.path("traceId").asString()))
                            .anySatisfy(line -> {
                                assertThat(line.path("log").path("level").asString()).isEqualTo("DEBUG");
                                assertThat(line.path("message").asString()).contains("/api/v1/products");
                            });
                    assertThat(collector.spans()).filteredOn(span -> span.traceId().equals(TRACE_ID))
                            .anySatisfy(span -> assertThat(span.attributes())
                                    .containsEntry("uri", "/api/v1/products").containsEntry("method", "GET"));
                });
            } finally {
                aisle.destroy();
                aisle.waitFor();
            }
        }
    }

    /** The application's lines: JSON objects, one a line; the embedded database's own output is not the app's log. */
    private static List<JsonNode> jsonLines(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("{"))
                .map(JSON::readTree).toList();
    }

    private static Process start(int port, int managementPort, OtlpCollector collector, Path log) throws IOException {
        Path jar = Path.of(System.getProperty("aisle.jar", "target/aisle.jar"));
        assertThat(jar).as("the packaged jar (run ./mvnw verify, which packages it first)").isRegularFile();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(),
                // the dispatcher logs each request at DEBUG: a line written while the request's span is current
                "--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG").redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AISLE_"));
        environment.put("AISLE_HOME", WORK.resolve("home").toAbsolutePath().toString());
        environment.put("AISLE_PORT", Integer.toString(port));
        environment.put("AISLE_MANAGEMENT_PORT", Integer.toString(managementPort));
        environment.put("AISLE_JWT_SECRET", "telemetry-it-secret-that-is-at-least-32-bytes");
        environment.put("AISLE_INSIGHTS_DEMO_CUSTOMERS", "0");
        environment.put("AISLE_LOG_FORMAT", "json");
        environment.put("AISLE_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.port() + "/v1/traces");
        environment.put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "100ms");
        return builder.start();
    }

    private static int status(int port, String path, String traceparent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
