package io.aisle.admin.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

class OrderPageTests extends AdminPageTest {

    private static final Pattern BUTTON = Pattern.compile("<button [^>]*data-status=\"(\\w+)\"[^>]*>([^<]+)</button>");

    @Autowired
    private OrderService orders;

    @Test
    void showsItemsTotalsAddressCustomerAndHistory() throws Exception {
        String name = word() + " Detailed";
        Customer customer = newCustomer();
        long order = buy(customer, product(name, 5), 2);

        mvc.perform(get("/admin/orders/{id}", order).with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/orders/order"));
        String html = adminPage("/admin/orders/{id}", order);

        assertThat(element(html, "table", "order-items")).contains(name, "$19.99", ">2<", "$39.98", "$9.99", "$49.97");
        assertThat(element(html, "p", "order-customer")).contains("Test Customer", customer.email());
        assertThat(element(html, "address", "order-address")).contains("Grace Hopper", "1 Navy Way", "22201 Arlington", "US");
        assertThat(element(html, "ol", "order-history")).contains("Placed", "UTC", "expected");
    }

    @Test
    void theAdminRefundsPartOfAnOrderFromItsPageOncePerFormHoweverOftenItIsSent() throws Exception {
        long order = buy(newCustomer(), product(word() + " Refunded", 5), 2);
        String html = adminPage("/admin/orders/{id}", order);
        String form = element(html, "form", "refund-form");
        assertThat(form).contains("value=\"49.97\"", "at most 49.97");
        java.util.regex.Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).isTrue();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/admin/orders/{id}/refund", order).with(signedInAsAdmin()).with(csrf())
                            .param("amount", "10.00").param("reason", "Scratched").param("key", key.group(1)))
                    .andExpect(redirectedUrl("/admin/orders/" + order))
                    .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("Refunded 10.00 USD")));
        }
        mvc.perform(post("/admin/orders/{id}/refund", order).with(signedInAsAdmin()).with(csrf())
                        .param("amount", "45.00").param("key", "another-" + order))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("at most 39.97")));

        String after = adminPage("/admin/orders/{id}", order);
        assertThat(element(after, "p", "payment-status")).contains("Partially refunded", "$10.00");
        assertThat(element(after, "ul", "order-payments")).contains("Refund succeeded", "Scratched");
        assertThat(element(after, "form", "refund-form")).contains("at most 39.97");
        assertThat(after).doesNotContain("id=\"capture-form\"");
    }

    @Test
    void showsAGuestsOrderWithItsEmailDiscountsAndTaxLines() throws Exception {
        long product = product(word() + " Taxed", 5);
        String code = word().toUpperCase() + "TEN";
        api.post().uri("/api/v1/admin/promotions").header(org.springframework.http.HttpHeaders.AUTHORIZATION,
                        adminBearer())
                .body(java.util.Map.of("name", "Ten off", "code", code, "kind", "PERCENTAGE", "value", 10)).exchange()
                .expectStatus().isCreated();
        api.post().uri("/api/v1/admin/taxes/rates").header(org.springframework.http.HttpHeaders.AUTHORIZATION,
                        adminBearer())
                .body(java.util.Map.of("country", "US", "region", "CA", "taxClass", "standard", "name", "CA sales tax",
                        "rate", new java.math.BigDecimal("0.0725")))
                .exchange(); // 201, or 409 when the demo seeded it
        String email = unique("guest") + "@example.com";
        java.util.Map<?, ?> placed = api.post().uri("/api/v1/checkout/guest")
                .body(java.util.Map.of("email", email, "items", List.of(java.util.Map.of("productId", product,
                        "quantity", 2)), "promotionCode", code, "shippingAddress", java.util.Map.of("fullName",
                        "Grace Guest", "line1", "1 Infinite Loop", "city", "Cupertino", "region", "CA",
                        "postalCode", "95014", "country", "US")))
                .exchange().expectStatus().isCreated().expectBody(java.util.Map.class).returnResult()
                .getResponseBody();
        long order = ((Number) ((java.util.Map<?, ?>) placed.get("order")).get("id")).longValue();

        String html = adminPage("/admin/orders/{id}", order);

        // 2 × 19.99 = 39.98; 10 % off = 4.00; tax on 35.98 at 7.25 % = 2.61; shipping 9.99 below 50.00
        assertThat(element(html, "p", "order-customer")).contains("Guest", email);
        assertThat(element(html, "table", "order-items")).contains("$39.98", "Ten off (code " + code + ")", "$4.00",
                "Shipping (Standard)", "CA sales tax 7.25%", "$2.61", "$48.58");
    }

    @Test
    void showsTheOrdersChargeFromThePaymentLedger() throws Exception {
        long order = buy(newCustomer(), product(word() + " Charged", 5), 3);
        String reference = jdbc.sql("SELECT payment_reference FROM orders WHERE id = :id").param("id", order)
                .query(String.class).single();

        String html = adminPage("/admin/orders/{id}", order);

        assertThat(element(html, "ul", "order-payments")).contains("Charge succeeded", "$59.97", reference, "UTC");
    }

    @Test
    void offersOnlyTheStatusChangesTheFlowAllows() throws Exception {
        long order = buy(newCustomer(), product(word() + " Flowing", 5), 1);

        assertThat(buttons(order)).containsExactly("SHIPPED:Ship", "CANCELLED:Cancel order");
        changeStatus(order, "SHIPPED");
        assertThat(buttons(order)).containsExactly("DELIVERED:Deliver");
        changeStatus(order, "DELIVERED");
        assertThat(buttons(order)).isEmpty();
        assertThat(adminPage("/admin/orders/{id}", order)).contains("This order is complete: nothing more to do.");
    }

    @Test
    void movesTheOrderOnAndSaysSo() throws Exception {
        long order = buy(newCustomer(), product(word() + " Shipped", 5), 1);

        changeStatus(order, "SHIPPED")
                .andExpect(redirectedUrl("/admin/orders/" + order))
                .andExpect(flash().attribute("message", "Order #" + order + " is now shipped."));

        assertThat(orders.get(order).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(element(adminPage("/admin/orders/{id}", order), "ol", "order-history")).contains("class=\"done\"");
    }

    @Test
    void shipsWithTheCarrierAndTrackingNumberEnteredAndShowsTheShipment() throws Exception {
        long order = buy(newCustomer(), product(word() + " Tracked", 5), 1);
        assertThat(element(adminPage("/admin/orders/{id}", order), "form", "ship-form"))
                .contains("name=\"carrier\"", "value=\"USPS\"", "Canada Post", "name=\"trackingNumber\"");

        mvc.perform(post("/admin/orders/{id}/ship", order).param("carrier", "USPS")
                        .param("trackingNumber", "9400 1000 0000 0000 0000 00").with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/orders/" + order))
                .andExpect(flash().attribute("message", "Order #" + order + " is now shipped."));

        assertThat(element(adminPage("/admin/orders/{id}", order), "p", "order-shipment")).contains("USPS",
                "9400100000000000000000", "href=\"https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000\"");
    }

    @Test
    void refusesToShipWithoutATrackingNumberForANamedCarrierAndSaysWhy() throws Exception {
        long order = buy(newCustomer(), product(word() + " Untracked", 5), 1);

        mvc.perform(post("/admin/orders/{id}/ship", order).param("carrier", "UPS").param("trackingNumber", "")
                        .with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/orders/" + order))
                .andExpect(flash().attribute("error", "trackingNumber is required for UPS."));

        assertThat(orders.get(order).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void refusesAChangeTheFlowDoesNotAllowAndSaysWhy() throws Exception {
        long order = buy(newCustomer(), product(word() + " Unshipped", 5), 1);

        changeStatus(order, "DELIVERED")
                .andExpect(redirectedUrl("/admin/orders/" + order))
                .andExpect(flash().attribute("error", "Order " + order + " is CONFIRMED and cannot become DELIVERED."));
        changeStatus(order, "LOST")
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("Unknown order status 'LOST'")));

        assertThat(orders.get(order).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void saysSoWhenAnotherAdminShippedTheOrderFirst() throws Exception {
        long order = buy(newCustomer(), product(word() + " Raced", 5), 1);
        assertThat(buttons(order)).contains("SHIPPED:Ship");

        changeStatusThroughApi(order, "SHIPPED");

        changeStatus(order, "SHIPPED")
                .andExpect(flash().attribute("error", "Order " + order + " is SHIPPED and cannot become SHIPPED."));
        changeStatus(order, "CANCELLED")
                .andExpect(flash().attribute("error", "Order " + order + " is SHIPPED and cannot become CANCELLED."));
    }

    @Test
    void answersAMissingOrderWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/admin/orders/{id}", Long.MAX_VALUE).with(signedInAsAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    private ResultActions changeStatus(long order, String status) throws Exception {
        return mvc.perform(post("/admin/orders/{id}/status", order).param("status", status)
                .with(signedInAsAdmin()).with(csrf()));
    }

    /** The status buttons on the order's page, as "TARGET:Label". */
    private List<String> buttons(long order) throws Exception {
        return BUTTON.matcher(element(adminPage("/admin/orders/{id}", order), "div", "status-actions")).results()
                .map(m -> m.group(1) + ":" + m.group(2)).toList();
    }
}
