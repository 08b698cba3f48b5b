package io.aisle.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.aisle.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Only access tokens signed with the shop's key, unexpired and unaltered, open the API. */
class JwtValidationTests extends ApiTest {

    private static final String TEST_SECRET = "test-secret-that-is-at-least-32-bytes-long!";
    private static final String OTHER_SECRET = "another-secret-that-is-also-32-bytes-long!!";

    @Test
    void acceptsATokenSignedWithTheShopsKey() {
        Customer customer = newCustomer();
        String token = sign(TEST_SECRET, claims(customer, "aisle", Duration.ofMinutes(5)));

        me("Bearer " + token).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(customer.id());
    }

    @Test
    void refusesATokenWithOneCharacterOfItsPayloadChanged() {
        String[] parts = newCustomer().accessToken().split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';

        expectRefused(parts[0] + "." + new String(payload) + "." + parts[2]);
    }

    @Test
    void refusesATokenWhoseRoleWasChangedToAdminWithoutResigning() {
        String[] parts = newCustomer().accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"CUSTOMER\"", "\"ADMIN\"");
        String token = parts[0] + "." + base64(forged) + "." + parts[2];

        expectRefused(token);
        expectProblem(api.delete().uri("/api/v1/products/999999999").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange(), 401);
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() {
        String payload = newCustomer().accessToken().split("\\.")[1];

        expectRefused(base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
    }

    @Test
    void refusesAnExpiredToken() {
        Customer customer = newCustomer();

        expectRefused(sign(TEST_SECRET, claims(customer, "aisle", Duration.ofMinutes(-10))));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        Customer customer = newCustomer();

        expectRefused(sign(OTHER_SECRET, claims(customer, "aisle", Duration.ofMinutes(5))));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        Customer customer = newCustomer();

        expectRefused(sign(TEST_SECRET, claims(customer, "someone-else", Duration.ofMinutes(5))));
    }

    @Test
    void refusesASignedTokenWhoseSubjectIsNotAnAccountId() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(newCustomer(), "aisle", Duration.ofMinutes(5)))
                .subject("not-a-number")
                .build();

        expectRefused(sign(TEST_SECRET, claims));
    }

    @Test
    void refusesGarbageAndEmptyBearerTokens() {
        expectRefused("garbage");
        expectRefused("a.b.c");
        expectProblem(me("Bearer "), 401);
        expectProblem(me("Basic dXNlcjpwYXNz"), 401);
    }

    private void expectRefused(String token) {
        expectProblem(me("Bearer " + token), 401);
    }

    private RestTestClient.ResponseSpec me(String authorization) {
        return api.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, authorization).exchange();
    }

    @Test
    void refusesAShopSignedTokenThatNamesNoSession() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(newCustomer(), "aisle", Duration.ofMinutes(5)))
                .claim("sid", null)
                .build();

        expectRefused(sign(TEST_SECRET, claims));
    }

    /** Claims like the shop's own, in the customer's live session (the sid of their access token). */
    private static JWTClaimsSet claims(Customer customer, String issuer, Duration expiresIn) {
        Instant now = Instant.now();
        String session;
        try {
            session = SignedJWT.parse(customer.accessToken()).getJWTClaimsSet().getStringClaim("sid");
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(Long.toString(customer.id()))
                .issueTime(Date.from(now.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(now.plus(expiresIn)))
                .claim("email", customer.email())
                .claim("roles", List.of("CUSTOMER"))
                .claim("sid", session)
                .build();
    }

    private static String sign(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
