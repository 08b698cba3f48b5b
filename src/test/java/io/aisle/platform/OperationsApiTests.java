package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.ApiTest;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The operational endpoints: health and metrics on the operations port (probes on the shop's), the OpenAPI
 * description and Swagger UI.
 */
class OperationsApiTests extends ApiTest {

    @Autowired
    private Environment environment;

    @Test
    void reportsHealthUpWithoutATokenOnTheOperationsPort() {
        management().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void answersLivenessAndReadinessProbesOnTheShopsPort() {
        for (String probe : new String[] {"/livez", "/readyz"}) {
            api.get().uri(probe).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void servesPrometheusMetricsOnTheOperationsPortAndNotOnTheShopsPort() {
        String metrics = management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes", "http_server_requests_seconds");

        api.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        api.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
    }

    @Test
    void listensForOperationsOnlyOnTheLoopbackAddress() throws Exception {
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        assertThat(managementPort).isNotEqualTo(port);
        InetAddress outside = nonLoopbackAddress();
        if (outside != null) {
            try (Socket shop = new Socket(outside, port)) {
                assertThat(shop.isConnected()).as("the shop answers on every address").isTrue();
            }
            assertThatThrownBy(() -> new Socket(outside, managementPort).close()).isInstanceOf(ConnectException.class);
        }
    }

    private static InetAddress nonLoopbackAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(i -> isUp(i))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst().orElse(null);
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    @Test
    void showsMetricsAndHealthDetailsOnlyToTheAdmin() {
        management().get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.names").isNotEmpty();
        management().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        management().get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, newCustomer().bearer()).exchange()
                .expectStatus().isForbidden();
        management().get().uri("/actuator/health").exchange().expectBody().jsonPath("$.components").doesNotExist();
    }

    @Test
    void describesTheApiInOpenApi() {
        Map<String, Object> docs = api.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();

        assertThat(docs.get("paths")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKeys("/api/v1/products", "/api/v1/products/{id}", "/api/v1/auth/login", "/api/v1/auth/register",
                        "/api/v1/users/me", "/api/v1/categories");
        String document = api.get().uri("/v3/api-docs").exchange().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(document).as("the signed-in user comes from the token, not a parameter")
                .doesNotContain("CurrentUser").doesNotContain("\"name\":\"user\"");
    }

    @Test
    void servesSwaggerUi() {
        var answer = api.get().uri("/swagger-ui.html").exchange().returnResult();
        assertThat(answer.getStatus().value()).isIn(200, 301, 302, 303, 307, 308);
        if (answer.getStatus().is3xxRedirection()) {
            assertThat(answer.getResponseHeaders().getLocation()).asString().contains("/swagger-ui/index.html");
        }
        api.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }
}
