package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

class AccountDeletionApiTests extends ApiTest {

    @Test
    void deletesTheAccountItsTokensAndReviewsAndCorrectsTheRating() {
        long productId = newProduct("books", new BigDecimal("12.00"), 5);
        Customer leaving = newCustomer();
        Customer staying = newCustomer();
        review(leaving, productId, 5);
        review(staying, productId, 3);

        delete(leaving, Map.of("password", leaving.password())).expectStatus().isNoContent();

        expectProblem(api.post().uri("/api/v1/auth/login")
                .body(Map.of("email", leaving.email(), "password", leaving.password())).exchange(), 401);
        api.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, leaving.bearer()).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 404));
        expectProblem(api.post().uri("/api/v1/auth/refresh").body(Map.of("refreshToken", leaving.refreshToken()))
                .exchange(), 401);
        api.get().uri("/api/v1/products/{id}/reviews", productId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].rating").isEqualTo(3);
        api.get().uri("/api/v1/products/{id}", productId).exchange()
                .expectBody()
                .jsonPath("$.ratingCount").isEqualTo(1)
                .jsonPath("$.ratingAverage").isEqualTo(3.0);
    }

    @Test
    void letsTheEmailRegisterAgainAsABrandNewAccount() {
        Customer leaving = newCustomer();
        delete(leaving, Map.of("password", leaving.password())).expectStatus().isNoContent();

        Map<?, ?> again = api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", leaving.email(), "password", "a-new-beginning", "fullName", "Back Again"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(((Number) again.get("id")).longValue()).isNotEqualTo(leaving.id());
        assertThat(again.get("fullName")).isEqualTo("Back Again");
        login(leaving.email(), "a-new-beginning");
    }

    @Test
    void refusesAWrongOrMissingPasswordAndDeletesNothing() {
        long productId = newProduct("books", new BigDecimal("12.00"), 5);
        Customer customer = newCustomer();
        review(customer, productId, 4);

        expectProblem(delete(customer, Map.of("password", "not-my-password")), 400);
        expectProblem(delete(customer, Map.of()), 400).jsonPath("$.errors[0].field").isEqualTo("password");

        login(customer.email(), customer.password());
        api.get().uri("/api/v1/products/{id}", productId).exchange()
                .expectBody().jsonPath("$.ratingCount").isEqualTo(1);
        api.post().uri("/api/v1/auth/refresh").body(Map.of("refreshToken", customer.refreshToken())).exchange()
                .expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec delete(Customer customer, Map<String, ?> body) {
        return api.method(HttpMethod.DELETE).uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(body)
                .exchange();
    }
}
