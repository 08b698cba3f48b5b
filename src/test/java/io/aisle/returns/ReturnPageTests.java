package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The storefront's order page: the "Return items" form while the order can be returned, and its returns. */
class ReturnPageTests extends ReturnsApiTest {

    @Test
    void aDeliveredOrdersPageOffersTheFormAndARequestShowsWithItsStatus() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 2);

        mvc.perform(get("/account/orders/{id}", order).with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"return-form\""),
                        containsString("action=\"/account/orders/" + order + "/returns\""),
                        containsString("(up to 2)"), containsString("Changed my mind"))));

        mvc.perform(post("/account/orders/{id}/returns", order).with(signedIn(customer)).with(csrf())
                        .param("productId", String.valueOf(product)).param("quantity", "2")
                        .param("reason", "DAMAGED").param("token", "form-token-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/orders/" + order))
                .andExpect(flash().attribute("message", containsString("is requested")));

        mvc.perform(get("/account/orders/{id}", order).with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"return-list\""), containsString("Requested"),
                        containsString("2 items · Arrived damaged"), not(containsString("id=\"return-form\"")))));
    }

    @Test
    void aDoubleSubmittedFormMakesOneReturn() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 3);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/account/orders/{id}/returns", order).with(signedIn(customer)).with(csrf())
                            .param("productId", String.valueOf(product)).param("quantity", "1")
                            .param("reason", "WRONG_SIZE").param("token", "same-form"))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM returns WHERE order_id = :id").param("id", order)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestGoesBackToTheOrderSayingWhy() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 1);

        mvc.perform(post("/account/orders/{id}/returns", order).with(signedIn(customer)).with(csrf())
                        .param("productId", String.valueOf(product)).param("quantity", "5")
                        .param("reason", "WRONG_SIZE"))
                .andExpect(redirectedUrl("/account/orders/" + order))
                .andExpect(flash().attribute("error", containsString("1 unit(s)")));
        mvc.perform(post("/account/orders/{id}/returns", order).with(signedIn(customer)).with(csrf())
                        .param("productId", String.valueOf(product)).param("quantity", "0")
                        .param("reason", "WRONG_SIZE"))
                .andExpect(redirectedUrl("/account/orders/" + order))
                .andExpect(flash().attribute("error", containsString("at least one line")));
        // a tampered form: a line without its product is refused like any bad field, never a 500
        mvc.perform(post("/account/orders/{id}/returns", order).with(signedIn(customer)).with(csrf())
                        .param("productId", "", String.valueOf(product)).param("quantity", "1", "1")
                        .param("reason", "WRONG_SIZE"))
                .andExpect(redirectedUrl("/account/orders/" + order))
                .andExpect(flash().attribute("error", containsString("productId")));
        mvc.perform(post("/account/orders/{id}/returns", order).with(signedIn(newCustomer())).with(csrf())
                        .param("productId", String.valueOf(product)).param("quantity", "1")
                        .param("reason", "WRONG_SIZE"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrderPastItsWindowSaysUntilWhenAndOffersNoForm() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 1);
        jdbc.sql("UPDATE orders SET delivered_at = :at WHERE id = :id")
                .param("at", LocalDateTime.of(2026, 3, 1, 12, 0)).param("id", order).update();

        mvc.perform(get("/account/orders/{id}", order).with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"return-form\"")),
                        containsString("were possible until March 31, 2026"))));
    }

    @Test
    void aGuestReturnsThroughTheOrdersSecretLink() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        Map<?, ?> placed = api.post().uri("/api/v1/checkout/guest")
                .body(Map.of("email", unique("guest") + "@example.com", "items", List.of(Map.of("productId", product,
                        "quantity", 1)), "shippingAddress", ADDRESS))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String page = (String) placed.get("orderPage");
        long order = id((Map<?, ?>) placed.get("order"));
        deliver(order);

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + page + "/returns\"")));
        mvc.perform(post(page + "/returns").with(csrf()).param("productId", String.valueOf(product))
                        .param("quantity", "1").param("reason", "CHANGED_MIND"))
                .andExpect(redirectedUrl(page));

        assertThat(jdbc.sql("SELECT user_id IS NULL FROM returns WHERE order_id = :id").param("id", order)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get(page)).andExpect(content().string(containsString("1 item · Changed my mind")));
    }
}
