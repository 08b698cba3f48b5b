package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.platform.Concurrently;
import java.util.List;
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

    @Test
    void signsInTheAdminFromConfigurationWithTheAdminRole() {
        api.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, adminBearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.email").isEqualTo(ADMIN_EMAIL)
                .jsonPath("$.role").isEqualTo("ADMIN");
    }

    @Test
    void registersACustomerEvenWhenTheBodyAsksForAnotherRoleOrId() {
        String email = unique("mallory") + "@example.com";
        api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", email, "password", "wants-to-be-admin", "fullName", "Mallory", "role", "ADMIN",
                        "id", 1))
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.role").isEqualTo("CUSTOMER")
                .jsonPath("$.id").value(Integer.class, id -> assertThat(id).isNotEqualTo(1));
        String token = "Bearer " + login(email, "wants-to-be-admin").get("accessToken");
        api.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, token)
                .body(Map.of("role", "ADMIN", "email", "someone-else@example.com"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.role").isEqualTo("CUSTOMER")
                .jsonPath("$.email").isEqualTo(email);
        expectProblem(api.delete().uri("/api/v1/products/999999999").header(HttpHeaders.AUTHORIZATION, token).exchange(), 403);
    }

    @Test
    void registersOneAccountWhenTheSameEmailArrivesAtOnce() throws Exception {
        String email = unique("twice") + "@example.com";
        List<Integer> statuses = Concurrently.statuses(6, i -> api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", i % 2 == 0 ? email : email.toUpperCase(), "password", "same-time-password",
                        "fullName", "Twin " + i))
                .exchange());

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void refusesAPasswordOfSevenCharactersAndAcceptsEight() {
        expectProblem(api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", unique("seven") + "@example.com", "password", "1234567", "fullName", "Seven"))
                .exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("password");
        api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", unique("eight") + "@example.com", "password", "12345678", "fullName", "Eight"))
                .exchange()
                .expectStatus().isCreated();
    }
}
