package io.aisle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The compose topology proven as processes, the way an operator runs it: {@code bench/topology.sh} starts Debian's
 * MariaDB, two instances of the jar that {@code package} built and HAProxy with {@code ops/haproxy/haproxy.cfg}, and
 * a customer shops through the load balancer with every request going to the next instance. The script judges the
 * journey and says PASS; this test runs it and holds it to its exit code and its time limit. Needs the Debian
 * packages mariadb-server and haproxy ({@code .ci/run} installs them).
 */
class TopologyIT {

    private static final long LIMIT_SECONDS = 120;
    private static final Path LOG = Path.of("target", "topology-it.log");

    @Test
    void aCustomerShopsThroughTheLoadBalancerWithRequestsAlternatingBetweenTwoInstances() throws Exception {
        Path jar = Path.of(System.getProperty("aisle.jar", "target/aisle.jar"));
        assertThat(jar).as("the packaged jar (run ./mvnw verify, which packages it first)").isRegularFile();
        ProcessBuilder builder = new ProcessBuilder("bash", "bench/topology.sh").redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        // the developer's own settings (an AISLE_DB_URL, say) must not reach the instances
        builder.environment().keySet().removeIf(name -> name.startsWith("AISLE_") || name.startsWith("LOOPBACK_"));
        builder.environment().put("LOOPBACK_JAR", jar.toAbsolutePath().toString());
        builder.environment().put("TOPOLOGY_PORT", Integer.toString(freePortBlock()));
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + builder.environment().get("PATH"));
        Process script = builder.start();
        if (!script.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            // SIGTERM: the script stops every process it started on its way out
            script.destroy();
            if (!script.waitFor(40, TimeUnit.SECONDS)) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly().waitFor();
            }
            fail("bench/topology.sh still ran after %d s:%n%s", LIMIT_SECONDS, printed());
        }
        assertThat(script.exitValue()).as(printed()).isZero();
        assertThat(printed()).contains("ok   each instance answered one of the two checkouts with the same key")
                .doesNotContain("FAIL").endsWith("PASS\n");
    }

    /** The first of 22 consecutive loopback ports, from 19100 on, that nothing listens on now. */
    private static int freePortBlock() {
        return IntStream.iterate(19100, base -> base < 60000, base -> base + 100)
                .filter(base -> IntStream.range(base, base + 22).allMatch(TopologyIT::free)).findFirst()
                .orElseThrow();
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String printed() throws IOException {
        return new String(Files.readAllBytes(LOG), StandardCharsets.UTF_8);
    }
}
