package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.ApiTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guessing passwords is throttled per account (in the database, for every instance) and per client
 * address, with a 429 that says when to come back; the owner gets in again once the short backoff is over.
 */
class LoginThrottleApiTests extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void answers429WithRetryAfterAfterFiveWrongPasswordsThenLetsTheOwnerInAfterTheBackoff() {
        Customer customer = newCustomer();
        for (int i = 0; i < 5; i++) {
            expectProblem(postLogin(customer.email(), "wrong-guess-" + i), 401);
        }

        var refused = postLogin(customer.email(), customer.password());
        expectProblem(refused, 429)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Too many failed sign-in attempts"))
                .jsonPath("$.retryAfter").value(seconds -> assertThat(((Number) seconds).intValue()).isBetween(1, 2));
        postLogin(customer.email(), customer.password()).expectHeader().value(HttpHeaders.RETRY_AFTER,
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> postLogin(customer.email(), customer.password()).returnResult().getStatus().value() == 200);
        // the success cleared the count: one more slip is a plain 401, not a block
        expectProblem(postLogin(customer.email(), "one-more-slip"), 401);
    }

    /** A held access token is no way round the throttle: re-entered passwords count with sign-in's failures. */
    @Test
    void wrongCurrentPasswordsOnTheAccountEndpointsCountTowardsTheSameBlock() {
        Customer customer = newCustomer();
        for (int i = 0; i < 3; i++) {
            expectProblem(api.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .body(Map.of("currentPassword", "wrong-guess-" + i, "newPassword", "a-new-password-123"))
                    .exchange(), 400);
        }
        for (int i = 0; i < 2; i++) {
            expectProblem(api.method(HttpMethod.DELETE).uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                    .body(Map.of("password", "wrong-guess-delete-" + i)).exchange(), 400);
        }

        expectProblem(api.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("currentPassword", customer.password(), "newPassword", "a-new-password-123"))
                .exchange(), 429).jsonPath("$.retryAfter").exists();
        expectProblem(postLogin(customer.email(), customer.password()), 429);
        assertThat(jdbc.sql("SELECT deleted_at IS NULL FROM users WHERE id = :id").param("id", customer.id())
                .query(Boolean.class).single()).as("the account is still there").isTrue();
    }

    @Test
    void honoursABlockThatAnotherInstanceWroteForTheAccount() {
        Customer customer = newCustomer();
        jdbc.sql("""
                INSERT INTO login_failures (account_hash, failures, last_failed_at, blocked_until)
                VALUES (:hash, 9, UTC_TIMESTAMP(6), DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 60 SECOND))
                """).param("hash", TokenService.hash(customer.email())).update();

        expectProblem(postLogin(customer.email().toUpperCase(), customer.password()), 429)
                .jsonPath("$.retryAfter").value(seconds -> assertThat(((Number) seconds).intValue()).isBetween(58, 60));
    }

    @Test
    void throttlesAClientAddressThatFailsOnManyAccountsButNotOthers() throws Exception {
        Customer customer = newCustomer();
        String guesser = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 50; i++) {
            loginFrom(guesser, unique("nobody") + "@example.com", "guess").andExpect(status().isUnauthorized());
        }

        loginFrom(guesser, customer.email(), customer.password())
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "2"))
                .andExpect(jsonPath("$.status").value(429));
        loginFrom("198.51.100.7", customer.email(), customer.password()).andExpect(status().isOk());
    }

    private ResultActions loginFrom(String address, String email, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("email", email, "password", password)))
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec postLogin(String email, String password) {
        return api.post().uri("/api/v1/auth/login").body(Map.of("email", email, "password", password)).exchange();
    }
}
