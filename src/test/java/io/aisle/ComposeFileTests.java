package io.aisle;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code compose.yaml} as docker-compose reads it (no container engine needed): valid with its secrets set and
 * refused without them, and wired as the shop needs: two instances of one image behind HAProxy, whose configuration
 * ({@code ops/haproxy/haproxy.cfg}, shared with {@code bench/topology.sh}) names exactly those instances, each
 * started only once the database is healthy and checked by a command that really asks {@code /readyz}.
 */
class ComposeFileTests {

    private static final Path COMPOSE = Path.of("compose.yaml");
    private static final Map<String, String> SECRETS = Map.of("AISLE_DB_PASSWORD", "db-password",
            "MARIADB_ROOT_PASSWORD", "root-password", "AISLE_JWT_SECRET", "a-jwt-secret-of-more-than-32-bytes-0123",
            "AISLE_ADMIN_PASSWORD", "admin-password", "GRAFANA_ADMIN_PASSWORD", "grafana-password");
    private static final List<String> INSTANCES = List.of("aisle-1", "aisle-2");

    @Test
    void isValidForDockerComposeWithItsSecretsSet() throws Exception {
        Ran ran = dockerCompose(SECRETS, "config", "-q");

        assertThat(ran.exitCode()).as(ran.output()).isZero();
    }

    @Test
    void refusesToStartWithoutEachOfItsSecrets() throws Exception {
        for (String secret : SECRETS.keySet()) {
            Map<String, String> without = new HashMap<>(SECRETS);
            without.remove(secret);

            Ran ran = dockerCompose(without, "config", "-q");

            assertThat(ran.exitCode()).as("without " + secret).isNotZero();
            assertThat(ran.output()).contains("set " + secret);
        }
    }

    @Test
    void startsTheDatabaseTwoInstancesOfOneImageTheLoadBalancerPrometheusAndGrafana() throws Exception {
        Map<String, Map<String, Object>> services = services();

        assertThat(services).containsOnlyKeys("mariadb", "aisle-1", "aisle-2", "haproxy", "prometheus", "grafana");
        assertThat(services.get("aisle-1").get("image")).isEqualTo(services.get("aisle-2").get("image"))
                .isEqualTo("aisle:latest");
        for (String instance : INSTANCES) {
            Map<String, Object> service = services.get(instance);
            assertThat(map(service, "environment")).containsEntry("AISLE_DB_URL", "jdbc:mariadb://mariadb:3306/aisle")
                    .containsEntry("AISLE_JWT_SECRET", SECRETS.get("AISLE_JWT_SECRET"))
                    .containsEntry("AISLE_MANAGEMENT_ADDRESS", "0.0.0.0");
            assertThat(map(service, "depends_on")).containsEntry("mariadb", Map.of("condition", "service_healthy"));
            // a home of its own, and the product pictures every instance serves in one volume
            assertThat(service.get("volumes").toString()).contains(instance + "-home:/var/lib/aisle:")
                    .contains("media:/var/lib/aisle/media:");
            // longer than the 30 s Spring gives requests in flight, so that compose never kills a draining instance
            assertThat(seconds(service.get("stop_grace_period").toString())).isGreaterThan(30);
            assertThat(list(service.get("expose"))).contains("8080", "8081");
        }
        assertThat(map(services.get("haproxy"), "depends_on")).containsOnlyKeys(INSTANCES)
                .containsValue(Map.of("condition", "service_healthy"));
        assertThat(map(services.get("mariadb"), "healthcheck").get("test").toString()).contains("healthcheck.sh");
    }

    @Test
    void theLoadBalancerSendsToExactlyTheTwoInstancesOnTheirShopPort() throws Exception {
        Map<String, Map<String, Object>> services = services();
        String config = Files.readString(Path.of("ops/haproxy/haproxy.cfg"));

        Matcher server = Pattern.compile("(?m)^\\s+server (\\S+) (\\S+):(\\d+)").matcher(config);
        List<String> servers = new ArrayList<>();
        while (server.find()) {
            servers.add(server.group(2) + ":" + server.group(3));
        }
        assertThat(servers).containsExactly("aisle-1:8080", "aisle-2:8080");
        assertThat(services.get("haproxy").get("volumes").toString())
                .contains("ops/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg");
        // the container ports the configuration binds by default are the ones compose publishes
        assertThat(config).contains("presetenv AISLE_LB_PORT 8080").contains("presetenv AISLE_LB_STATS_PORT 8404");
        assertThat(containerPorts(services.get("haproxy"))).containsExactly(8080, 8404);
    }

    @Test
    void theInstancesAreHealthyOnlyWhileReadyzAnswers200() throws Exception {
        List<Object> test = list(map(services().get("aisle-1"), "healthcheck").get("test"));
        assertThat(test.subList(0, 3)).containsExactly("CMD", "bash", "-c");
        String script = test.get(3).toString();
        assertThat(script).contains("/dev/tcp/127.0.0.1/8080");

        assertThat(runHealthCheck(script, 200)).isZero();
        assertThat(runHealthCheck(script, 503)).isNotZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesBothInstancesAndTheLoadBalancer() throws Exception {
        assertThat(services().get("prometheus").get("volumes").toString())
                .contains("ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml");
        Map<String, Object> config = new Yaml().load(Files.readString(Path.of("ops/prometheus/prometheus.yml")));

        List<String> scraped = new ArrayList<>();
        for (Object job : (List<?>) config.get("scrape_configs")) {
            Map<String, Object> scrape = (Map<String, Object>) job;
            String path = (String) scrape.getOrDefault("metrics_path", "/metrics");
            for (Object targets : (List<?>) scrape.getOrDefault("static_configs", List.of())) {
                for (Object target : (List<?>) ((Map<String, Object>) targets).get("targets")) {
                    scraped.add(target + path);
                }
            }
        }
        assertThat(scraped).contains("aisle-1:8081/actuator/prometheus", "aisle-2:8081/actuator/prometheus",
                "haproxy:8404/metrics");
    }

    @Test
    void grafanaLoadsItsDataSourceAndDashboardsFromWhereComposeMountsThem() throws Exception {
        String volumes = services().get("grafana").get("volumes").toString();
        assertThat(volumes).contains("ops/grafana/provisioning:/etc/grafana/provisioning")
                .contains("ops/grafana/dashboards:/var/lib/grafana/dashboards");

        assertThat(yamlIn(Path.of("ops/grafana/provisioning/datasources"))).contains("http://prometheus:9090");
        assertThat(yamlIn(Path.of("ops/grafana/provisioning/dashboards"))).contains("/var/lib/grafana/dashboards");
        assertThat(Path.of("ops/grafana/dashboards/aisle.json")).isRegularFile();
    }

    private static String yamlIn(Path directory) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    /** The compose health check run here by bash against a server that answers /readyz with the given status. */
    private static int runHealthCheck(String script, int status) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/readyz", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String here = script.replace("/dev/tcp/127.0.0.1/8080", "/dev/tcp/127.0.0.1/" + server.getAddress().getPort());
            Process check = new ProcessBuilder("bash", "-c", here).redirectErrorStream(true).start();
            assertThat(check.waitFor(10, TimeUnit.SECONDS)).isTrue();
            return check.exitValue();
        } finally {
            server.stop(0);
        }
    }

    /** The services as docker-compose resolves them (anchors merged, variables filled in). */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws Exception {
        Ran ran = dockerCompose(SECRETS, "config");
        assertThat(ran.exitCode()).as(ran.output()).isZero();
        Map<String, Object> resolved = new Yaml().load(ran.output());
        return (Map<String, Map<String, Object>>) resolved.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    /** The container side of each published port, in either of the forms docker-compose prints. */
    private static List<Integer> containerPorts(Map<String, Object> service) {
        List<Integer> ports = new ArrayList<>();
        for (Object port : list(service.get("ports"))) {
            if (port instanceof Map<?, ?> longForm) {
                ports.add(Integer.valueOf(longForm.get("target").toString()));
            } else {
                Matcher shortForm = Pattern.compile(".*:(\\d+)(/tcp)?").matcher(port.toString());
                assertThat(shortForm.matches()).as(port.toString()).isTrue();
                ports.add(Integer.valueOf(shortForm.group(1)));
            }
        }
        return ports;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static long seconds(String duration) {
        Matcher parts = Pattern.compile("(?:(\\d+)m)?(?:(\\d+)s)?").matcher(duration);
        assertThat(parts.matches()).as(duration).isTrue();
        return (parts.group(1) == null ? 0 : Long.parseLong(parts.group(1)) * 60)
                + (parts.group(2) == null ? 0 : Long.parseLong(parts.group(2)));
    }

    private record Ran(int exitCode, String output) {
    }

    /** docker-compose with only these variables: no developer's .env or exported AISLE_* settings leak in. */
    private static Ran dockerCompose(Map<String, String> variables, String... args) throws Exception {
        Path noEnvFile = Files.createTempFile("compose", ".env");
        try {
            List<String> command = new ArrayList<>(List.of("docker-compose", "--env-file", noEnvFile.toString(),
                    "-f", COMPOSE.toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
            builder.environment().putAll(variables);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return new Ran(process.exitValue(), output);
        } finally {
            Files.delete(noEnvFile);
        }
    }
}
