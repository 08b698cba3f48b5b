package io.aisle.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ordering.OrderingApiTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;

/**
 * {@code kill -9} of the embedded database under the running app (the shared test context's own server):
 * requests fail fast with 503 problems and readiness is DOWN while it is away, the app restarts it
 * without being restarted itself, and the orders committed before are all there afterwards.
 */
class DatabaseOutageApiTests extends OrderingApiTest {

    @Value("${aisle.home}")
    private Path home;

    @Test
    void answers503FastWhileTheDatabaseIsDownAndServesEveryOrderAgainAfterItsRestart() throws Exception {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct("books", new BigDecimal("19.98"), 5), 1);
        ProcessHandle server = OrphanedServer.find(home.resolve("db/data")).orElseThrow().process();
        int port = jdbc.sql("SELECT @@port").query(Integer.class).single();

        // Killed, and its port held by a silent listener for a while: the restart cannot succeed until it is
        // released, which gives the outage a known length.
        try (ServerSocket squatter = killServerAndHoldItsPort(port)) {
            long started = System.nanoTime();
            expectProblem(api.get().uri("/api/v1/orders/{id}", order).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .exchange(), 503).jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("try again"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            api.get().uri("/readyz").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.status").isEqualTo("DOWN");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api.get().uri("/api/v1/orders/{id}", order)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(29.97));
        api.get().uri("/readyz").exchange().expectStatus().isOk();
        assertThat(server.isAlive()).isFalse();
    }

    /**
     * Kills the server and binds its port before the watchdog's restart does; should the restart win the
     * race, the restarted server is killed again.
     */
    private ServerSocket killServerAndHoldItsPort(int port) {
        return await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).until(() -> {
            OrphanedServer.find(home.resolve("db/data")).ifPresent(server -> server.process().destroyForcibly());
            long deadline = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < deadline) {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                try {
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                    return socket;
                } catch (IOException e) {
                    socket.close();
                }
            }
            return null;
        }, Objects::nonNull);
    }
}
