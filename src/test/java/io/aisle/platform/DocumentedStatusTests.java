package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.aisle.ApiStatusRecorder;
import io.aisle.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The OpenAPI document lists every status the API answers. Runs after the other test classes
 * ({@code junit-platform.properties} orders classes by {@code @Order}), so that the answers they provoked
 * are checked too; and first sends each operation the bad requests any client can send, so that the check
 * means something when this class runs alone.
 */
@Order(Integer.MAX_VALUE)
class DocumentedStatusTests extends ApiTest {

    private static final byte[] TOO_LARGE = new byte[1024 * 1024 + 1];

    private ApiDocument document;

    @BeforeEach
    void readTheDocument() {
        document = ApiDocument.of(api.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody());
    }

    @Test
    void listsEveryStatusTheApiAnsweredDuringTheTestRun() throws Exception {
        String customer = newCustomer().bearer();
        for (ApiDocument.Operation operation : document.operations()) {
            sendBadRequests(operation, customer);
        }
        List<String> unlisted = new ArrayList<>();
        for (ApiStatusRecorder.Answer answer : ApiStatusRecorder.answers()) {
            document.operationOf(answer.method(), answer.path())
                    .filter(operation -> !operation.lists(answer.status()))
                    .ifPresent(operation -> unlisted.add(operation.method() + " " + operation.path() + " " + answer.status()));
        }
        assertThat(new TreeSet<>(unlisted)).as("(operation, status) pairs answered but not in /v3/api-docs").isEmpty();
    }

    @Test
    void documentsEveryErrorAsAProblemWithItsFields() {
        for (ApiDocument.Operation operation : document.operations()) {
            operation.responses().forEach((status, response) -> {
                if (!status.startsWith("2")) {
                    assertThat(response).as(operation.method() + " " + operation.path() + " " + status)
                            .extractingByKey("content").asString()
                            .isEqualTo("{application/problem+json={schema={$ref=#/components/schemas/Problem}}}");
                }
            });
        }
        assertThat(document.schemas().get("Problem").toString())
                .contains("status", "title", "detail", "errors", "#/components/schemas/FieldError");
        assertThat(document.schemas().get("FieldError").toString()).contains("field", "message");
    }

    @Test
    void listsTheSuccessStatusEachOperationAnswersAndItsOwnFailures() {
        assertThat(statuses("POST", "/api/v1/auth/register")).contains("201", "400", "409", "413", "415").doesNotContain("200");
        assertThat(statuses("POST", "/api/v1/products")).contains("201", "401", "403").doesNotContain("200", "404");
        assertThat(statuses("POST", "/api/v1/products/{productId}/reviews")).contains("201", "404", "409");
        assertThat(statuses("POST", "/api/v1/orders")).contains("201", "402", "409").doesNotContain("200");
        assertThat(statuses("POST", "/api/v1/insights/train")).contains("202", "403").doesNotContain("200");
        assertThat(statuses("DELETE", "/api/v1/users/me")).contains("204", "400", "401", "409").doesNotContain("200");
        assertThat(statuses("DELETE", "/api/v1/products/{id}")).contains("204", "403", "404");
        assertThat(statuses("POST", "/api/v1/assistant/chat")).contains("200", "429");
        assertThat(statuses("GET", "/api/v1/categories")).contains("200", "401").doesNotContain("400", "403", "404");
    }

    private List<String> statuses(String method, String path) {
        return List.copyOf(document.operation(method, path).responses().keySet());
    }

    /**
     * Without a token, with a broken one, as a customer and as an admin: a path id that is not a number
     * (never one that a lenient parser could read as a number, like 0x10) and one that does not exist, a body that is not JSON, not sent as JSON, or too large. None of these
     * changes anything, except bodiless calls without an id, which only go out without a valid token.
     */
    private void sendBadRequests(ApiDocument.Operation operation, String customer) throws Exception {
        for (String bearer : new String[] {null, "Bearer not-a-token", customer, adminBearer()}) {
            boolean signedIn = bearer != null && !bearer.contains("not-a-token");
            for (String id : operation.hasPathVariables() ? List.of("abc", "999999999") : List.of("")) {
                String uri = operation.uri(id);
                if (operation.hasBody()) {
                    send(operation, uri, bearer, MediaType.APPLICATION_JSON, "{\"broken\":".getBytes());
                    send(operation, uri, bearer, MediaType.TEXT_PLAIN, "plain words".getBytes());
                    send(operation, uri, bearer, MediaType.APPLICATION_JSON, TOO_LARGE);
                } else if (!signedIn || operation.method().equals("GET") || operation.hasPathVariables()) {
                    send(operation, uri, bearer, null, null);
                }
            }
        }
    }

    private void send(ApiDocument.Operation operation, String uri, String bearer, MediaType type, byte[] body)
            throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(operation.method()), uri);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        if (body != null) {
            request.contentType(type).content(body);
        }
        mvc.perform(request);
    }
}
