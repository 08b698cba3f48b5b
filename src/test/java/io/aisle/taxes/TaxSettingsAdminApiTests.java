package io.aisle.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class TaxSettingsAdminApiTests extends TaxApiTest {

    @Test
    void replacesTheSettingsAndCheckoutUsesThemAtOnce() {
        TaxSettings before = taxes.settings();
        assertThat(taxes.rulesFor("DE", null).pricesIncludeTax()).isEqualTo(before.pricesIncludeTax()); // cached now

        putSettings(Map.of("pricesIncludeTax", !before.pricesIncludeTax(), "taxShipping", !before.taxShipping()))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.pricesIncludeTax").isEqualTo(!before.pricesIncludeTax())
                .jsonPath("$.taxShipping").isEqualTo(!before.taxShipping());

        TaxRules rules = taxes.rulesFor("DE", null);
        assertThat(rules.pricesIncludeTax()).isEqualTo(!before.pricesIncludeTax());
        assertThat(rules.taxShipping()).isEqualTo(!before.taxShipping());
        api.get().uri("/api/v1/admin/taxes/settings").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.taxShipping").isEqualTo(!before.taxShipping());
    }

    @Test
    void refusesSettingsWithAFieldMissingAndChangesNothing() {
        TaxSettings before = taxes.settings();

        expectProblem(putSettings(Map.of("pricesIncludeTax", true)), 400)
                .jsonPath("$.errors[0].field").isEqualTo("taxShipping");

        assertThat(taxes.settings()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec putSettings(Map<String, ?> body) {
        return api.put().uri("/api/v1/admin/taxes/settings").header(HttpHeaders.AUTHORIZATION, admin()).body(body).exchange();
    }
}
