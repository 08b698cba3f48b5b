package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.ordering.OrderingApiTest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Ids and other whole numbers in paths and query parameters are decimal only: "0x10" is not 16 and
 * "+10" is not 10. Each is a 400 naming the parameter, and nothing is done with the id it might mean.
 */
class StrictIdTests extends OrderingApiTest {

    /** The ways to write a number that Spring's own conversion accepted (or decoded) besides decimal digits. */
    private static List<String> spellingsOf(long id) {
        return List.of("0x" + Long.toHexString(id), "0X" + Long.toHexString(id), "%23" + Long.toHexString(id),
                "%2B" + id, "%20" + id, id + "%20", id + "e0", "1e3");
    }

    @Test
    void answers400NamingTheIdAndDeletesNothingWhenAProductIdIsNotDecimal() {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 3);
        String admin = adminBearer();
        for (String id : spellingsOf(product)) {
            expectProblem(api.delete().uri(URI.create(base() + "/api/v1/products/" + id))
                    .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 400)
                    .jsonPath("$.errors[0].field").isEqualTo("id");
        }
        api.get().uri("/api/v1/products/{id}", product).exchange().expectStatus().isOk();
    }

    @Test
    void answers400ToAnAdminOrderIdInHexadecimal() {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("5.00"), 3), 1);
        String admin = adminBearer();
        expectProblem(api.get().uri(URI.create(base() + "/api/v1/admin/orders/0x" + Long.toHexString(order)))
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("id");
        expectProblem(api.post().uri(URI.create(base() + "/api/v1/admin/orders/%2B" + order + "/status"))
                .header(HttpHeaders.AUTHORIZATION, admin).body(Map.of("status", "SHIPPED")).exchange(), 400);
        assertThat(getJson(admin, "/api/v1/admin/orders/{id}", order).get("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void answers400ToACartItemIdInHexadecimalAndLeavesTheCartAlone() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 9);
        addToCart(customer, product, 2);
        expectProblem(api.put().uri(URI.create(base() + "/api/v1/cart/items/0x" + Long.toHexString(product)))
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).body(Map.of("quantity", 5)).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("productId");
        expectProblem(api.delete().uri(URI.create(base() + "/api/v1/cart/items/%23" + Long.toHexString(product)))
                .header(HttpHeaders.AUTHORIZATION, customer.bearer()).exchange(), 400);
        assertThat(cartOf(customer).toString()).contains("quantity=2");
    }

    @Test
    void answers400NamingTheQueryParameterThatIsNotDecimal() {
        for (String value : List.of("0x10", "%2B5", "%2310", "1e3", "%205")) {
            expectProblem(api.get().uri(URI.create(base() + "/api/v1/products?minStock=" + value)).exchange(), 400)
                    .jsonPath("$.errors[0].field").isEqualTo("minStock");
        }
        expectProblem(api.get().uri(URI.create(base() + "/api/v1/products?page=0x1")).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void keepsAcceptingDecimalIdsLeadingZerosIncluded() {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 3);
        assertThat(getJson(null, "/api/v1/products/" + product).get("id")).isEqualTo((int) product);
        assertThat(getJson(null, "/api/v1/products/00" + product).get("id")).isEqualTo((int) product);
        getJson(null, "/api/v1/products?minStock=010&page=0");
    }

    @Test
    void answersTheErrorPage400ToAPageIdThatIsNotDecimalAndDoesNotActOnIt() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 9);
        long order = buy(customer, product, 1);
        String hexOrder = "0x" + Long.toHexString(order);
        String hexProduct = "0x" + Long.toHexString(product);

        mvc.perform(get("/admin/orders/" + hexOrder).with(signedInAsAdmin())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/orders/" + hexOrder + "/status").param("status", "SHIPPED")
                .with(signedInAsAdmin()).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/products/" + hexProduct + "/delete").with(signedInAsAdmin()).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cart/items/" + hexProduct).param("quantity", "3").with(signedIn(customer)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/p/" + hexProduct)).andExpect(status().isNotFound());

        assertThat(getJson(adminBearer(), "/api/v1/admin/orders/{id}", order).get("status")).isEqualTo("CONFIRMED");
        api.get().uri("/api/v1/products/{id}", product).exchange().expectStatus().isOk();
        assertThat(cartOf(customer).toString()).doesNotContain("quantity=3");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
