package io.aisle.identity;

import static io.aisle.identity.PasswordResetApiTests.assertTokenRefused;
import static io.aisle.identity.PasswordResetApiTests.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.PublishedEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Proving an account's e-mail address: the link at sign-up and on request, and following it once. */
class EmailVerificationApiTests extends ApiTest {

    @Autowired
    private AccountService accounts;

    @RegisterExtension
    final PublishedEvents events = new PublishedEvents();

    @Test
    void aSignUpIsUnverifiedAndGetsALinkWithItsWelcome() {
        Customer customer = newCustomer();

        assertThat(events.of(UserRegistered.class)).contains(new UserRegistered(customer.id()));
        EmailVerificationRequested link = linksOf(customer.id()).get(0);
        assertThat(link.email()).isEqualTo(customer.email());
        assertThat(link.name()).isEqualTo("Test Customer");
        assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(link.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(71)), Instant.now().plus(Duration.ofHours(73)));
        assertThat(me(customer).get("emailVerifiedAt")).isNull();
    }

    @Test
    void theLinkVerifiesTheAddressOnceAndSaysSo() {
        Customer customer = newCustomer();
        String token = linksOf(customer.id()).get(0).token();

        verify(token).expectStatus().isNoContent();

        assertThat(me(customer).get("emailVerifiedAt")).isNotNull();
        assertThat(verifiedOf(customer.id())).containsExactly(new EmailVerified(customer.id(), customer.email()));
        assertTokenRefused(verify(token));
        assertThat(verifiedOf(customer.id())).hasSize(1);
    }

    @Test
    void anExpiredOrUnknownLinkVerifiesNothing() {
        Customer customer = newCustomer();
        String token = linksOf(customer.id()).get(0).token();
        jdbc.sql("UPDATE account_tokens SET expires_at = :past WHERE user_id = :id AND purpose = 'VERIFY'")
                .param("past", LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1)).param("id", customer.id()).update();

        assertTokenRefused(verify(token));
        assertTokenRefused(verify("not-a-token"));
        assertThat(me(customer).get("emailVerifiedAt")).isNull();
        assertThat(verifiedOf(customer.id())).isEmpty();
    }

    @Test
    void aResetLinkIsNoVerificationLinkAndTheOtherWayRound() {
        Customer customer = newCustomer();
        String verification = linksOf(customer.id()).get(0).token();
        api.post().uri("/api/v1/auth/password-reset").body(Map.of("email", customer.email())).exchange()
                .expectStatus().isAccepted();
        String reset = events.of(PasswordResetRequested.class).stream()
                .filter(event -> event.userId() == customer.id()).findFirst().orElseThrow().token();

        assertTokenRefused(verify(reset));
        assertTokenRefused(api.post().uri("/api/v1/auth/password-reset/confirm")
                .body(Map.of("token", verification, "newPassword", "a-brand-new-password")).exchange());
    }

    @Test
    void aCustomerAsksForANewLinkUntilVerifiedAndNotTooOften() {
        Customer customer = newCustomer();

        resend(customer).expectStatus().isAccepted();
        assertThat(linksOf(customer.id())).hasSize(2);
        for (int i = 0; i < 4; i++) {
            resend(customer).expectStatus().isAccepted();
        }
        problem(resend(customer), 429);
        assertThat(linksOf(customer.id())).hasSize(6);

        verify(linksOf(customer.id()).get(1).token()).expectStatus().isNoContent();
        assertThat(problem(resend(customer), 409).get("detail")).asString().contains("verified already");
        api.post().uri("/api/v1/users/me/verification").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theAdminsAddressCountsAsVerified() {
        assertThat(accounts.findByEmail(ADMIN_EMAIL).orElseThrow().verified()).isTrue();
    }

    private RestTestClient.ResponseSpec verify(String token) {
        return api.post().uri("/api/v1/auth/verify-email").body(Map.of("token", token)).exchange();
    }

    private RestTestClient.ResponseSpec resend(Customer customer) {
        return api.post().uri("/api/v1/users/me/verification").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange();
    }

    private Map<?, ?> me(Customer customer) {
        return api.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private List<EmailVerificationRequested> linksOf(long userId) {
        return events.of(EmailVerificationRequested.class).stream().filter(event -> event.userId() == userId).toList();
    }

    private List<EmailVerified> verifiedOf(long userId) {
        return events.of(EmailVerified.class).stream().filter(event -> event.userId() == userId).toList();
    }
}
