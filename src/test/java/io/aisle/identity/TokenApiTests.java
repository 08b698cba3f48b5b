package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class TokenApiTests extends ApiTest {

    @Test
    void signsInWithABearerPairThatOpensTheProfile() {
        Customer customer = newCustomer();
        Map<?, ?> tokens = login(customer.email(), customer.password());

        assertThat(tokens.get("tokenType")).isEqualTo("Bearer");
        assertThat(((Number) tokens.get("expiresIn")).longValue()).isEqualTo(15 * 60);
        assertThat((String) tokens.get("accessToken")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat((String) tokens.get("refreshToken")).isNotBlank();
        api.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get("accessToken"))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void signsInWhateverTheCaseOfTheEmail() {
        Customer customer = newCustomer();
        assertThat(login(customer.email().toUpperCase(), customer.password()).get("accessToken")).isNotNull();
    }

    @Test
    void answers401WithTheSameDetailForUnknownEmailAndWrongPassword() {
        Customer customer = newCustomer();
        String wrongPassword = detailOf(postLogin(customer.email(), "not-the-password"));
        String unknownEmail = detailOf(postLogin(unique("nobody") + "@example.com", customer.password()));

        assertThat(wrongPassword).isEqualTo(unknownEmail);
        assertThat(wrongPassword).doesNotContain(customer.email());
    }

    @Test
    void answers401ToAnOverlongPasswordInsteadOfFailing() {
        Customer customer = newCustomer();
        expectProblem(postLogin(customer.email(), customer.password() + "x".repeat(100)), 401);
        expectProblem(postLogin(unique("nobody") + "@example.com", "ü".repeat(100)), 401);
    }

    @Test
    void refusesASignInWithoutEmailOrPasswordWithFieldErrors() {
        expectProblem(api.post().uri("/api/v1/auth/login").body(Map.of()).exchange(), 400)
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'password')]").exists();
    }

    @Test
    void storesRefreshTokensOnlyAsSha256Hashes() {
        Customer customer = newCustomer();
        List<String> hashes = jdbc.sql("SELECT token_hash FROM refresh_tokens WHERE user_id = :id")
                .param("id", customer.id()).query(String.class).list();

        assertThat(hashes).isNotEmpty().doesNotContain(customer.refreshToken()).contains(sha256(customer.refreshToken()));
    }

    @Test
    void rotatesTheRefreshTokenSoTheUsedOneStopsWorking() {
        Customer customer = newCustomer();
        Map<?, ?> next = refresh(customer.refreshToken()).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(next.get("refreshToken")).isNotEqualTo(customer.refreshToken());
        assertThat(next.get("tokenType")).isEqualTo("Bearer");
        api.get().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + next.get("accessToken"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(customer.id());
        refresh((String) next.get("refreshToken")).expectStatus().isOk();
        expectProblem(refresh(customer.refreshToken()), 401);
    }

    @Test
    void revokesTheWholeFamilyWhenAReplacedRefreshTokenComesBack() {
        Customer customer = newCustomer();
        String otherDevice = (String) login(customer.email(), customer.password()).get("refreshToken");
        String newest = (String) refresh(customer.refreshToken()).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("refreshToken");

        expectProblem(refresh(customer.refreshToken()), 401);

        expectProblem(refresh(newest), 401);
        refresh(otherDevice).expectStatus().isOk();
    }

    @Test
    void signsOutSoTheRefreshTokenIsRefusedAfterwards() {
        Customer customer = newCustomer();
        logout(customer.refreshToken()).expectStatus().isNoContent();

        expectProblem(refresh(customer.refreshToken()), 401);
        logout(customer.refreshToken()).expectStatus().isNoContent();
    }

    @Test
    void answers204ToASignOutWithAnUnknownToken() {
        logout("never-issued-" + UUID.randomUUID()).expectStatus().isNoContent();
    }

    @Test
    void refusesAnExpiredRefreshToken() {
        Customer customer = newCustomer();
        String token = "expired-" + UUID.randomUUID();
        LocalDateTime yesterday = LocalDateTime.now(ZoneOffset.UTC).minusDays(1);
        jdbc.sql("""
                INSERT INTO refresh_tokens (user_id, token_hash, family_id, expires_at, created_at)
                VALUES (:userId, :hash, :family, :expiresAt, :createdAt)
                """)
                .param("userId", customer.id())
                .param("hash", sha256(token))
                .param("family", UUID.randomUUID().toString())
                .param("expiresAt", yesterday)
                .param("createdAt", yesterday.minusDays(30))
                .update();

        expectProblem(refresh(token), 401);
    }

    @Test
    void refusesAnUnknownRefreshTokenAndAMissingOne() {
        expectProblem(refresh("never-issued-" + UUID.randomUUID()), 401);
        expectProblem(api.post().uri("/api/v1/auth/refresh").body(Map.of()).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("refreshToken");
    }

    private RestTestClient.ResponseSpec postLogin(String email, String password) {
        return api.post().uri("/api/v1/auth/login").body(Map.of("email", email, "password", password)).exchange();
    }

    private RestTestClient.ResponseSpec refresh(String refreshToken) {
        return api.post().uri("/api/v1/auth/refresh").body(Map.of("refreshToken", refreshToken)).exchange();
    }

    private RestTestClient.ResponseSpec logout(String refreshToken) {
        return api.post().uri("/api/v1/auth/logout").body(Map.of("refreshToken", refreshToken)).exchange();
    }

    private static String detailOf(RestTestClient.ResponseSpec response) {
        return (String) response.expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody().get("detail");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
