package io.aisle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

class ProfileApiTests extends ApiTest {

    private static final Map<String, Object> ADDRESS = Map.of("fullName", "Ada Lovelace", "line1", "12 St James's Square",
            "city", "London", "postalCode", "SW1Y 4JH", "country", "gb");

    @Test
    void showsTheProfileWithoutAnyPasswordOrHash() {
        Customer customer = newCustomer();
        String body = me(customer).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains(customer.email()).contains("\"role\":\"CUSTOMER\"")
                .doesNotContainIgnoringCase("password").doesNotContain("$2a$");
    }

    @Test
    void answers401ProblemWithoutAToken() {
        expectProblem(api.get().uri("/api/v1/users/me").exchange(), 401);
    }

    @Test
    void updatesNamePhoneAndShippingAddressAndKeepsWhatWasNotSent() {
        Customer customer = newCustomer();
        patch(customer, Map.of("fullName", "Ada Lovelace", "phone", "+44 20 7946 0958", "shippingAddress", ADDRESS))
                .expectStatus().isOk();
        patch(customer, Map.of("phone", "+44 20 0000 0000")).expectStatus().isOk();

        me(customer).expectStatus().isOk().expectBody()
                .jsonPath("$.fullName").isEqualTo("Ada Lovelace")
                .jsonPath("$.phone").isEqualTo("+44 20 0000 0000")
                .jsonPath("$.shippingAddress.line1").isEqualTo("12 St James's Square")
                .jsonPath("$.shippingAddress.country").isEqualTo("GB")
                .jsonPath("$.email").isEqualTo(customer.email());
    }

    @Test
    void refusesAnInvalidPhoneAndAddressWithFieldErrors() {
        Customer customer = newCustomer();
        expectProblem(patch(customer, Map.of("phone", "call me maybe")), 400)
                .jsonPath("$.errors[0].field").isEqualTo("phone");
        expectProblem(patch(customer, Map.of("shippingAddress", Map.of("line1", "1 Main St", "country", "Germany"))), 400)
                .jsonPath("$.errors[?(@.field == 'shippingAddress.country')]").exists()
                .jsonPath("$.errors[?(@.field == 'shippingAddress.city')]").exists();
        expectProblem(patch(customer, Map.of("fullName", "  ")), 400)
                .jsonPath("$.errors[0].field").isEqualTo("fullName");
    }

    @Test
    void refusesControlCharactersInAnyTextFieldAndKeepsTheOldValues() {
        Customer customer = newCustomer();
        patch(customer, Map.of("shippingAddress", ADDRESS)).expectStatus().isOk();

        expectProblem(patch(customer, Map.of("fullName", "Ada\u0000")), 400).jsonPath("$.errors[0].field").isEqualTo("fullName");
        Map<String, Object> address = new HashMap<>(ADDRESS);
        address.put("city", "Lon\u001bdon");
        expectProblem(patch(customer, Map.of("shippingAddress", address)), 400)
                .jsonPath("$.errors[0].field").isEqualTo("shippingAddress.city");

        me(customer).expectStatus().isOk().expectBody()
                .jsonPath("$.fullName").value(String.class, name -> assertThat(name).doesNotContain("\u0000"))
                .jsonPath("$.shippingAddress.city").isEqualTo(ADDRESS.get("city"));
    }

    @Test
    void refusesAPasswordChangeWithoutTheRightCurrentPasswordAndKeepsTheOldOne() {
        Customer customer = newCustomer();
        expectProblem(patch(customer, Map.of("newPassword", "a-brand-new-password")), 400)
                .jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        expectProblem(patch(customer, Map.of("currentPassword", "wrong-password", "newPassword", "a-brand-new-password")), 400)
                .jsonPath("$.errors[0].field").isEqualTo("currentPassword");

        login(customer.email(), customer.password());
    }

    @Test
    void treatsAPasswordFieldAsAPasswordChangeRatherThanIgnoringIt() {
        Customer customer = newCustomer();
        expectProblem(patch(customer, Map.of("password", "a-brand-new-password")), 400)
                .jsonPath("$.errors[0].field").isEqualTo("currentPassword");
    }

    @Test
    void refusesATooShortNewPasswordWithAFieldError() {
        Customer customer = newCustomer();
        expectProblem(patch(customer, Map.of("currentPassword", customer.password(), "newPassword", "short")), 400)
                .jsonPath("$.errors[0].field").isEqualTo("newPassword");
    }

    @Test
    void changesThePasswordSoOnlyTheNewOneSignsInAndOldRefreshTokensDie() {
        Customer customer = newCustomer();
        patch(customer, Map.of("currentPassword", customer.password(), "newPassword", "a-brand-new-password"))
                .expectStatus().isOk();

        expectProblem(api.post().uri("/api/v1/auth/login")
                .body(Map.of("email", customer.email(), "password", customer.password())).exchange(), 401);
        login(customer.email(), "a-brand-new-password");
        expectProblem(api.post().uri("/api/v1/auth/refresh").body(Map.of("refreshToken", customer.refreshToken()))
                .exchange(), 401);
    }

    private RestTestClient.ResponseSpec me(Customer customer) {
        return api.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange();
    }

    private RestTestClient.ResponseSpec patch(Customer customer, Map<String, ?> body) {
        return api.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer()).body(body)
                .exchange();
    }
}
