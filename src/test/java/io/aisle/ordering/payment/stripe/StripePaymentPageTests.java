package io.aisle.ordering.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.ordering.PaymentGateway;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment page and the page Stripe sends the customer back to. */
class StripePaymentPageTests extends StripeApiTest {

    @Autowired
    private PaymentGateway gateway;

    @Test
    void thePaymentPageHandsStripeJsTheClientSecretAndAdmitsOnlyStripeBeyondTheShop() throws Exception {
        PendingOrder order = pendingOrder();
        String clientSecret = gateway.resume(order.intent());

        mvc.perform(get("/checkout/pay/{id}", order.orderId()).with(signedIn(order.customer())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-client-secret=\"" + clientSecret + "\""),
                        containsString("data-publishable-key=\"" + FakeStripe.PUBLISHABLE_KEY + "\""),
                        containsString("<script src=\"" + STRIPE.jsUrl() + "\">"),
                        containsString("/checkout/pay/" + order.orderId() + "/return"))))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self' " + STRIPE.apiBase() + " "),
                        containsString("frame-ancestors 'none'"))));
    }

    @Test
    void anotherCustomersOrderOrAWrongLinkHasNoPaymentPageAndAGuestIsAskedToSignIn() throws Exception {
        PendingOrder order = pendingOrder();

        mvc.perform(get("/checkout/pay/{id}", order.orderId()).with(signedIn(newCustomer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/checkout/pay/{id}", order.orderId())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/orders/{secret}/pay", "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/orders/{secret}/pay/return", "A".repeat(43)).param("redirect_status", "succeeded"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPaidOrderIsNotOfferedForPaymentAgain() throws Exception {
        PendingOrder order = pendingOrder();
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(order.orderId()), "CONFIRMED/PAID"::equals);

        mvc.perform(get("/checkout/pay/{id}", order.orderId()).with(signedIn(order.customer())))
                .andExpect(redirectedUrl("/account/orders/" + order.orderId()));
        assertThat(gateway.resume(order.intent())).isNull();
    }

    @Test
    void theReturnPageLeadsToTheOrderAfterAPaymentAndBackToPayingAfterAFailure() throws Exception {
        PendingOrder order = pendingOrder();

        mvc.perform(get("/checkout/pay/{id}/return", order.orderId()).param("redirect_status", "failed")
                        .with(signedIn(order.customer())))
                .andExpect(redirectedUrl("/checkout/pay/" + order.orderId()))
                .andExpect(flash().attribute("error", containsString("did not go through")));
        mvc.perform(get("/checkout/pay/{id}/return", order.orderId()).param("redirect_status", "succeeded")
                        .with(signedIn(order.customer())))
                .andExpect(redirectedUrl("/account/orders/" + order.orderId()))
                .andExpect(flash().attribute("message", containsString("payment went through")));
        mvc.perform(get("/checkout/pay/{id}/return", order.orderId()).param("redirect_status", "succeeded")
                        .with(signedIn(newCustomer())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrderPageThatSubscribesAfterThePaymentLandedGetsTheNewStatusAtOnce() throws Exception {
        PendingOrder order = pendingOrder();
        STRIPE.confirm(order.intent(), FakeStripe.SUCCEEDS);
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(order.orderId()), "CONFIRMED/PAID"::equals);

        String missedIt = mvc.perform(get("/account/orders/{id}/events", order.orderId()).param("shown", "PENDING")
                .with(signedIn(order.customer()))).andReturn().getResponse().getContentAsString();
        String upToDate = mvc.perform(get("/account/orders/{id}/events", order.orderId()).param("shown", "CONFIRMED")
                .with(signedIn(order.customer()))).andReturn().getResponse().getContentAsString();

        assertThat(missedIt).contains("event:status").contains("status-CONFIRMED");
        assertThat(upToDate).doesNotContain("event:status");
    }
}
