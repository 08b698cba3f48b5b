package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.identity.PostalAddress;
import io.aisle.ordering.CheckoutRequest;
import io.aisle.ordering.CheckoutService;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.ShipmentRequest;
import io.aisle.platform.LiveEvents;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class OrderPageTests extends StorefrontTest {

    @Autowired
    private CheckoutService checkout;

    @Autowired
    private OrderService orders;

    @Autowired
    private LiveEvents live;

    @Test
    void listsTheCustomersOrders() throws Exception {
        Customer customer = newCustomer();
        Order order = order(customer, "List lamp");
        mvc.perform(get("/account/orders").with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Order #" + order.id()),
                        containsString("href=\"/account/orders/" + order.id() + "\""))));
    }

    @Test
    void showsAnOrderThatListensForItsStatusAndHidesOtherCustomersOrders() throws Exception {
        Customer customer = newCustomer();
        Order order = order(customer, "Detail lamp");
        mvc.perform(get("/account/orders/{id}", order.id()).with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"order-status\""), containsString("hx-ext=\"sse\""),
                        containsString("sse-connect=\"/account/orders/" + order.id() + "/events?shown=CONFIRMED\""),
                        containsString("sse-swap=\"status\""), containsString("Cancel order"))));
        mvc.perform(get("/account/orders/{id}", order.id()).with(signedIn(newCustomer())))
                .andExpect(status().isNotFound());
    }

    @Test
    void streamsStatusChangesOnlyToTheOwnerEscaped() throws Exception {
        Customer customer = newCustomer();
        Order order = order(customer, "Live lamp");
        mvc.perform(get("/account/orders/{id}/events", order.id()).with(signedIn(newCustomer()))
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isNotFound());
        MvcResult stream = mvc.perform(get("/account/orders/{id}/events", order.id()).with(signedIn(customer))
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();
        assertThat(live.subscribers("order:" + order.id())).isGreaterThanOrEqualTo(1);

        orders.changeStatus(order.id(), OrderStatus.SHIPPED);

        // delivered by the instance's event writer once written to the database, moments after the change
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(stream.getResponse().getContentAsString())
                .contains("event:status")
                .contains("id=\"order-status\"").contains("status-SHIPPED").contains("Shipped")
                .contains("id=\"order-actions\" hx-swap-oob=\"true\""));
    }

    @Test
    void saysWhatTheOrderIsDoingForEachStatusWithTheCarrierAndTrackingLinkOnceShipped() throws Exception {
        Customer customer = newCustomer();
        Order order = order(customer, "Status lamp");
        assertThat(note(customer, order)).contains("will let you know here when it ships").doesNotContain("order-tracking");

        orders.ship(order.id(), new ShipmentRequest("ROYAL_MAIL", "ab 123 456 789 gb", null));
        assertThat(note(customer, order)).contains("Your order is on its way with Royal Mail.", "AB123456789GB",
                        "href=\"https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB\"",
                        "Track your parcel")
                .doesNotContain("let you know");

        orders.changeStatus(order.id(), OrderStatus.DELIVERED);
        assertThat(note(customer, order)).contains("Your order was delivered.", "Royal Mail", "AB123456789GB")
                .doesNotContain("on its way");

        Order pickedUp = order(customer, "Pick-up lamp");
        orders.ship(pickedUp.id(), new ShipmentRequest("PICKUP", null, null));
        assertThat(note(customer, pickedUp)).contains("ready for pick-up").doesNotContain("Track your parcel");

        Order cancelled = order(customer, "Cancelled lamp");
        orders.cancel(customer.id(), cancelled.id());
        assertThat(note(customer, cancelled)).contains("was cancelled. Any payment taken for it is refunded").doesNotContain("when it ships");
    }

    @Test
    void streamsTheCarrierAndTrackingLinkWhenTheShopShipsAndDropsTheOldMessage() throws Exception {
        Customer customer = newCustomer();
        Order order = order(customer, "Tracked lamp");
        MvcResult stream = mvc.perform(get("/account/orders/{id}/events", order.id()).with(signedIn(customer))
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();

        orders.ship(order.id(), new ShipmentRequest("DHL", "JD014600003828", null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(stream.getResponse().getContentAsString())
                .contains("event:status", "status-SHIPPED", "id=\"order-status-note\"",
                        "Your order is on its way with DHL.", "id=\"order-tracking\"", "JD014600003828",
                        "tracking-id=JD014600003828", "id=\"page-messages\" hx-swap-oob=\"true\""));
    }

    @Test
    void cancelsAPaidOrderAndRefusesOnceShipped() throws Exception {
        Customer customer = newCustomer();
        Order paid = order(customer, "Cancel lamp");
        mvc.perform(post("/account/orders/{id}/cancel", paid.id()).with(signedIn(customer)).with(csrf()))
                .andExpect(redirectedUrl("/account/orders/" + paid.id()))
                .andExpect(flash().attribute("message", containsString("cancelled")));
        assertThat(orders.getMine(customer.id(), paid.id()).status()).isEqualTo(OrderStatus.CANCELLED);

        Order shipped = order(customer, "Shipped lamp");
        orders.changeStatus(shipped.id(), OrderStatus.SHIPPED);
        mvc.perform(post("/account/orders/{id}/cancel", shipped.id()).with(signedIn(customer)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("can no longer be cancelled")));
        mvc.perform(get("/account/orders/{id}", shipped.id()).with(signedIn(customer)))
                .andExpect(content().string(not(containsString("Cancel order"))));
    }

    /** The status note of the customer's order page, with its tracking details. */
    private String note(Customer customer, Order order) throws Exception {
        String html = mvc.perform(get("/account/orders/{id}", order.id()).with(signedIn(customer)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int start = html.indexOf("id=\"order-status-note\"");
        assertThat(start).isPositive();
        return html.substring(start, html.indexOf("class=\"order-layout\"", start));
    }

    private Order order(Customer customer, String name) {
        carts.add(customer.id(), product(unique(name), "12.00", 10), 1);
        return checkout.checkout(customer.id(), CheckoutRequest.to(
                PostalAddress.of("Ada", "1 Way", null, "London", "N1 7AA", "GB"), null), null).order();
    }
}
