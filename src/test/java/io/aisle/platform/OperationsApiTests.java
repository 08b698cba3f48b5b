package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The operational endpoints: health, metrics, the OpenAPI description and Swagger UI. */
class OperationsApiTests extends ApiTest {

    @Test
    void reportsHealthUpWithoutAToken() {
        api.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void showsMetricsToTheAdmin() {
        api.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.names").isNotEmpty();
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
