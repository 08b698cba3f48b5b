package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.identity.data.AccountTokenRepository;
import io.aisle.identity.data.AccountTokenRepository.Purpose;
import io.aisle.PublishedEvents;
import io.aisle.platform.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** "Forgot password" through the API: the link by e-mail (as its event), the reset, and what it must never allow. */
class PasswordResetApiTests extends ApiTest {

    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Autowired
    private AccountTokenRepository tokens;

    @RegisterExtension
    final PublishedEvents events = new PublishedEvents();

    @Test
    void answersTheSameForKnownAndUnknownAddressesAndMailsOnlyTheAccount() {
        Customer customer = newCustomer();
        String unknown = unique("nobody") + "@example.com";

        var known = requestReset(customer.email().toUpperCase()).expectStatus().isAccepted().expectBody().returnResult();
        var stranger = requestReset(unknown).expectStatus().isAccepted().expectBody().returnResult();

        assertThat(known.getResponseBody()).isEqualTo(stranger.getResponseBody());
        assertThat(known.getResponseHeaders().getContentType()).isEqualTo(stranger.getResponseHeaders().getContentType());
        PasswordResetRequested mailed = resetsOf(customer.id()).get(0);
        assertThat(mailed.email()).isEqualTo(customer.email());
        assertThat(mailed.name()).isEqualTo("Test Customer");
        assertThat(mailed.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(mailed.expiresAt()).isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(events.of(PasswordResetRequested.class)).noneMatch(event -> event.email().equalsIgnoreCase(unknown));
        assertThat(jdbc.sql("SELECT token_hash FROM account_tokens WHERE user_id = :id AND purpose = 'RESET'")
                .param("id", customer.id()).query(String.class).single()).hasSize(64).isNotEqualTo(mailed.token());
    }

    @Test
    void setsTheNewPasswordOnceAndRefusesTheSameLinkAgain() {
        Customer customer = newCustomer();
        String token = resetLink(customer);

        confirm(token, NEW_PASSWORD).expectStatus().isNoContent();

        login(customer.email(), NEW_PASSWORD);
        api.post().uri("/api/v1/auth/login").body(Map.of("email", customer.email(), "password", customer.password()))
                .exchange().expectStatus().isUnauthorized();
        assertTokenRefused(confirm(token, "yet-another-password"));
        login(customer.email(), NEW_PASSWORD);
    }

    @Test
    void refusesAnExpiredLinkAndKeepsThePassword() {
        Customer customer = newCustomer();
        String token = resetLink(customer);
        jdbc.sql("UPDATE account_tokens SET expires_at = :past WHERE user_id = :id AND purpose = 'RESET'")
                .param("past", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1))
                .param("id", customer.id()).update();

        assertTokenRefused(confirm(token, NEW_PASSWORD));
        login(customer.email(), customer.password());
    }

    @Test
    void refusesAnUnknownTokenAndAPasswordTheRegistrationWouldRefuse() {
        Customer customer = newCustomer();
        assertTokenRefused(confirm("not-a-token", NEW_PASSWORD));
        Map<?, ?> problem = problem(confirm(resetLink(customer), "short"), 400);
        assertThat(problem.toString()).contains("newPassword");
        problem(requestReset("not an address"), 400);
    }

    @Test
    void signsTheAccountOutEverywhere() {
        Customer customer = newCustomer();
        String token = resetLink(customer);

        confirm(token, NEW_PASSWORD).expectStatus().isNoContent();

        api.post().uri("/api/v1/auth/refresh").body(Map.of("refreshToken", customer.refreshToken()))
                .exchange().expectStatus().isUnauthorized();
        api.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isUnauthorized();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM refresh_tokens WHERE user_id = :id AND revoked_at IS NULL")
                .param("id", customer.id()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT sessions_valid_after FROM users WHERE id = :id").param("id", customer.id())
                .query(java.time.LocalDateTime.class).single()).isNotNull();
    }

    @Test
    void aNewPasswordSpendsEveryOtherResetLinkOfTheAccount() {
        Customer customer = newCustomer();
        String first = resetLink(customer);
        String second = resetLink(customer);

        confirm(second, NEW_PASSWORD).expectStatus().isNoContent();

        assertTokenRefused(confirm(first, "yet-another-password"));
    }

    @Test
    void exactlyOneOfTwoConcurrentResetsWithOneLinkSucceeds() throws Exception {
        for (int round = 0; round < 3; round++) {
            Customer customer = newCustomer();
            String token = resetLink(customer);

            List<Integer> statuses = Concurrently.statuses(2,
                    index -> confirm(token, NEW_PASSWORD + index));

            assertThat(statuses).containsExactlyInAnyOrder(204, 400);
            String winner = NEW_PASSWORD + statuses.indexOf(204);
            login(customer.email(), winner);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM account_tokens WHERE user_id = :id AND used_at IS NOT NULL")
                    .param("id", customer.id()).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aLinkReadByTwoRequestsAtOnceIsSpentByOnlyOne() {
        Customer customer = newCustomer();
        String hash = TokenService.hash(resetLink(customer));
        Instant now = Instant.now();
        // both requests found the token unused before either spent it: only the guarded UPDATE tells them apart
        var first = tokens.findUsable(hash, Purpose.RESET, now).orElseThrow();
        var second = tokens.findUsable(hash, Purpose.RESET, now).orElseThrow();

        assertThat(tokens.use(first.id(), now)).isTrue();
        assertThat(tokens.use(second.id(), now)).isFalse();
    }

    @Test
    void throttlesRequestsForAnAddressAlikeWhetherItHasAnAccountOrNot() {
        Customer customer = newCustomer();
        String unknown = unique("nobody") + "@example.com";

        for (int i = 0; i < 5; i++) {
            requestReset(customer.email()).expectStatus().isAccepted();
            requestReset(unknown).expectStatus().isAccepted();
        }
        Map<?, ?> known = problem(requestReset(customer.email()), 429);
        Map<?, ?> stranger = problem(requestReset(unknown), 429);

        assertThat(known.get("title")).isEqualTo(stranger.get("title"));
        assertThat(known.get("retryAfter")).isEqualTo(stranger.get("retryAfter"));
        assertThat(resetsOf(customer.id())).hasSize(5);
        login(customer.email(), customer.password()); // asking for mails never blocks signing in
    }

    private RestTestClient.ResponseSpec requestReset(String email) {
        return api.post().uri("/api/v1/auth/password-reset").body(Map.of("email", email)).exchange();
    }

    private RestTestClient.ResponseSpec confirm(String token, String newPassword) {
        return api.post().uri("/api/v1/auth/password-reset/confirm")
                .body(Map.of("token", token, "newPassword", newPassword)).exchange();
    }

    /** Asks for a reset link for the customer and answers the token the mail would carry. */
    private String resetLink(Customer customer) {
        int before = resetsOf(customer.id()).size();
        requestReset(customer.email()).expectStatus().isAccepted();
        List<PasswordResetRequested> mailed = resetsOf(customer.id());
        assertThat(mailed).hasSize(before + 1);
        return mailed.get(mailed.size() - 1).token();
    }

    private List<PasswordResetRequested> resetsOf(long userId) {
        return events.of(PasswordResetRequested.class).stream().filter(event -> event.userId() == userId).toList();
    }

    /** A 400 problem that names the token (and nothing else) as what is wrong. */
    static void assertTokenRefused(RestTestClient.ResponseSpec response) {
        Map<?, ?> problem = problem(response, 400);
        assertThat((List<?>) problem.get("errors")).singleElement()
                .satisfies(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("token"));
    }

    static Map<?, ?> problem(RestTestClient.ResponseSpec response, int status) {
        Map<?, ?> problem = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("detail")).asString().isNotBlank();
        return problem;
    }
}
