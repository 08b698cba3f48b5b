package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ApiTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard cannot silently rot: every metric its queries read is one that a real scrape of this
 * application's {@code /actuator/prometheus} has, or, for the load balancer's panels, one that a real HAProxy's
 * exporter serves (Debian's haproxy, started here on a loopback port with the proxy names of ops/haproxy); and its
 * queries and the Prometheus configuration are valid for Prometheus's own checker (Debian's promtool).
 */
class DashboardMetricsTests extends ApiTest {

    private static final Path DASHBOARD = Path.of("ops", "grafana", "dashboards", "aisle.json");
    /** Label matchers, range selectors, groupings and strings: what is left are metrics, functions and numbers. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "\\{[^}]*}|\\[[^]]*]|\\b(by|without|on|ignoring)\\s*\\([^)]*\\)|\"[^\"]*\"");
    private static final Pattern NAME = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");

    @Test
    void queriesOnlyMetricsTheApplicationAndTheLoadBalancerExpose() throws Exception {
        Set<String> queried = metricsQueried(JsonMapper.builder().build().readTree(DASHBOARD.toFile()));
        assertThat(queried).as("the dashboard's metrics").contains("aisle_orders_checkouts_total",
                "aisle_orders_checkout_seconds_bucket", "aisle_catalog_stock_conflicts_total", "cache_gets_total",
                "aisle_live_connections", "aisle_assistant_calls_total", "aisle_assistant_fallbacks_total",
                "aisle_insights_training_jobs_total", "http_server_requests_seconds_bucket",
                "hikaricp_connections_active", "jvm_memory_used_bytes", "haproxy_backend_active_servers");

        api.get().uri("/api/v1/products").exchange().expectStatus().isOk();
        Set<String> exposed = new TreeSet<>(scrape(management()).names());
        exposed.addAll(haproxyMetrics());

        assertThat(exposed).containsAll(queried);
    }

    @Test
    void isValidPromQlForADataSourceGrafanaIsGivenAndPrometheusConfigurationPromtoolAccepts() throws Exception {
        JsonNode dashboard = JsonMapper.builder().build().readTree(DASHBOARD.toFile());
        String provisioned = Files.readString(Path.of("ops", "grafana", "provisioning", "datasources", "prometheus.yml"));
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int n = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                assertThat(provisioned).contains("uid: " + target.path("datasource").path("uid").asString());
                rules.append("      - record: dashboard:query").append(n++).append("\n        expr: '")
                        .append(target.path("expr").asString().replace("'", "''")).append("'\n");
            }
        }
        assertThat(n).isGreaterThan(20);
        Path work = Files.createDirectories(Path.of("target", "dashboard-promtool"));
        Path rulesFile = Files.writeString(work.resolve("dashboard-rules.yml"), rules);

        promtool(work, "check", "rules", rulesFile.toString());
        promtool(work, "check", "config", Path.of("ops", "prometheus", "prometheus.yml").toString());
    }

    /** Runs Debian's promtool (package prometheus) and expects it to succeed. */
    private static void promtool(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Path output = work.resolve(args[1] + ".out");
        int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start()
                .waitFor();
        assertThat(exit).as(Files.readString(output)).isZero();
    }

    private static Set<String> metricsQueried(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher name = NAME.matcher(NOT_A_NAME.matcher(target.path("expr").asString()).replaceAll(" "));
                while (name.find()) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    private static PrometheusScrape scrape(RestTestClient client) {
        return PrometheusScrape.parse(client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    /** The metric names of HAProxy's built-in exporter for a shop frontend and an aisle backend. */
    private static Set<String> haproxyMetrics() throws IOException, InterruptedException {
        Path work = Files.createDirectories(Path.of("target", "dashboard-haproxy"));
        int shop = freePort();
        int stats = freePort();
        Path config = Files.writeString(work.resolve("haproxy.cfg"), """
                defaults
                    mode http
                    timeout connect 1s
                    timeout client 5s
                    timeout server 5s
                frontend shop
                    bind 127.0.0.1:%d
                    default_backend aisle
                backend aisle
                    server aisle-1 127.0.0.1:%d
                frontend stats
                    bind 127.0.0.1:%d
                    http-request use-service prometheus-exporter if { path /metrics }
                """.formatted(shop, freePort(), stats));
        Process haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile()).start();
        try {
            RestTestClient client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + stats).build();
            String[] text = new String[1];
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                text[0] = client.get().uri("/metrics").exchange().expectStatus().isOk().expectBody(String.class)
                        .returnResult().getResponseBody();
                return text[0] != null;
            });
            return PrometheusScrape.parse(text[0]).names();
        } finally {
            haproxy.destroy();
            haproxy.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
