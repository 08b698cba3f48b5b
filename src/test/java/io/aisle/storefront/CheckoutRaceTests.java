package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.aisle.platform.Concurrently;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

/** The storefront's checkout form and the API racing for one cart: one order, and a clear word for the rest. */
class CheckoutRaceTests extends StorefrontTest {

    private static final Map<String, Object> ADDRESS = Map.of("fullName", "Grace Hopper", "line1", "1 Navy Way",
            "city", "Arlington", "region", "VA", "postalCode", "22201", "country", "US");

    /** A form's answer or an API status, as one kind of result. */
    private record Outcome(boolean form, int status, String redirect, Object message, Object error) {
    }

    @Test
    void makesOneOrderWhenTheCheckoutFormAndTheApiRaceForOneCart() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Race lamp"), "19.98", 10);
        carts.add(customer.id(), id, 1);

        List<Outcome> outcomes = Concurrently.results(8,
                index -> index % 2 == 0 ? viaForm(customer) : viaApi(customer));

        List<Outcome> placed = outcomes.stream().filter(o -> o.status() == 201
                || o.form() && o.redirect().matches("/account/orders/\\d+")).toList();
        assertThat(placed).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.form() && o.status() != 201)
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(409));
        assertThat(outcomes).filteredOn(o -> o.form() && !placed.contains(o)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(302);
            if (o.redirect().equals("/account/orders")) {
                assertThat((String) o.message()).startsWith("Your cart was just checked out from another tab");
            } else {
                assertThat(o.redirect()).isEqualTo("/checkout");
                assertThat((String) o.error()).startsWith("Your cart is empty");
            }
        });
        assertThat(products.get(id).stock()).isEqualTo(9);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM simulated_provider_charges WHERE user_id = :id")
                .param("id", customer.id()).query(Integer.class).single()).isEqualTo(1);
    }

    private Outcome viaForm(Customer customer) throws Exception {
        MvcResult result = mvc.perform(post("/checkout").with(signedIn(customer)).with(csrf())
                .param("fullName", "Ada Lovelace").param("line1", "1 Analytical Way").param("line2", "")
                .param("city", "London").param("postalCode", "N1 7AA").param("country", "GB")
                .param("card", "approved").param("paymentToken", "")
                .param("idempotencyKey", UUID.randomUUID().toString())).andReturn();
        return new Outcome(true, result.getResponse().getStatus(), result.getResponse().getRedirectedUrl(),
                result.getFlashMap().get("message"), result.getFlashMap().get("error"));
    }

    private Outcome viaApi(Customer customer) {
        int status = api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("shippingAddress", ADDRESS)).exchange().returnResult().getStatus().value();
        return new Outcome(false, status, null, null, null);
    }
}
