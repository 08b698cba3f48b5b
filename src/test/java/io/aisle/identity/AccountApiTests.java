package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AccountApiTests extends ApiTest {

    @Test
    void registersAndAnswersWithTheUserButNeverThePassword() {
        String email = unique("ada") + "@example.com";
        String body = api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", email, "password", "analytical-engine", "fullName", "Ada Lovelace"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains(email).contains("Ada Lovelace").contains("CUSTOMER")
                .doesNotContainIgnoringCase("password").doesNotContain("$2a$");
    }

    @Test
    void refusesASecondAccountWithTheSameEmailWith409() {
        Customer customer = newCustomer();
        api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", customer.email().toUpperCase(), "password", "another-password", "fullName", "Copy"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(409);
    }

    @Test
    void refusesAnInvalidEmailAndAShortPasswordWithFieldErrors() {
        api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", "not-an-email", "password", "short", "fullName", "X"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'password')]").exists();
    }

    @Test
    void showsTheSignedInCustomerTheirOwnProfile() {
        Customer customer = newCustomer();
        api.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(customer.id())
                .jsonPath("$.email").isEqualTo(customer.email());
    }
}
