package io.aisle.identity;

import io.aisle.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** An access token dies with its session: refused at once, not when its 15 minutes are up. */
class SessionEndApiTests extends ApiTest {

    @Test
    void refusesTheAccessTokenRightAfterSignOut() {
        Customer customer = newCustomer();
        me(customer.accessToken()).expectStatus().isOk();

        api.post().uri("/api/v1/auth/logout").body(Map.of("refreshToken", customer.refreshToken())).exchange()
                .expectStatus().isNoContent();

        expectProblem(me(customer.accessToken()), 401);
        expectProblem(api.get().uri("/api/v1/cart").header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange(), 401);
    }

    @Test
    void keepsTheAccountsOtherSessionsWhenOneSignsOut() {
        Customer customer = newCustomer();
        Map<?, ?> otherDevice = login(customer.email(), customer.password());

        api.post().uri("/api/v1/auth/logout").body(Map.of("refreshToken", customer.refreshToken())).exchange()
                .expectStatus().isNoContent();

        me((String) otherDevice.get("accessToken")).expectStatus().isOk();
    }

    @Test
    void keepsTheSessionWorkingAcrossARefresh() {
        Customer customer = newCustomer();
        Map<?, ?> refreshed = api.post().uri("/api/v1/auth/refresh").body(Map.of("refreshToken", customer.refreshToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        me(customer.accessToken()).expectStatus().isOk();
        me((String) refreshed.get("accessToken")).expectStatus().isOk();
    }

    @Test
    void refusesEveryAccessTokenOfTheAccountRightAfterAPasswordChange() {
        Customer customer = newCustomer();
        String otherDevice = (String) login(customer.email(), customer.password()).get("accessToken");

        api.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("currentPassword", customer.password(), "newPassword", "a-brand-new-password"))
                .exchange().expectStatus().isOk();

        expectProblem(me(customer.accessToken()), 401);
        expectProblem(me(otherDevice), 401);
        me((String) login(customer.email(), "a-brand-new-password").get("accessToken")).expectStatus().isOk();
    }

    @Test
    void refusesTheAccessTokenRightAfterTheAccountIsDeleted() {
        Customer customer = newCustomer();

        api.method(org.springframework.http.HttpMethod.DELETE).uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("password", customer.password()))
                .exchange().expectStatus().isNoContent();

        expectProblem(me(customer.accessToken()), 401);
        expectProblem(api.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange(), 401);
    }

    @Test
    void refusesATokenWhoseSessionAnotherInstanceEnded() {
        Customer customer = newCustomer();
        me(customer.accessToken()).expectStatus().isOk();

        // what another instance's sign-out writes to the shared database; this instance keeps no copy of it
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = UTC_TIMESTAMP(6) WHERE user_id = :id AND revoked_at IS NULL")
                .param("id", customer.id()).update();

        expectProblem(me(customer.accessToken()), 401);
    }

    private RestTestClient.ResponseSpec me(String accessToken) {
        return api.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).exchange();
    }
}
