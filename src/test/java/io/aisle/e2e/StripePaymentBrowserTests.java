package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.aisle.ordering.payment.stripe.FakeStripe;
import io.aisle.ordering.payment.stripe.FakeStripeConfiguration;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Paying with Stripe in a real browser, against the fake Stripe (its API, its Stripe.js, its signed webhooks): the
 * card goes into Stripe's Payment Element, never to the shop; 3-D Secure is completed; a declined card can be
 * replaced; the order's page turns to confirmed when the webhook arrives.
 */
@Import(FakeStripeConfiguration.class)
@TestPropertySource(properties = {
        "AISLE_PAYMENT_PROVIDER=stripe",
        "AISLE_STRIPE_SECRET_KEY=" + FakeStripe.SECRET_KEY,
        "AISLE_STRIPE_PUBLISHABLE_KEY=" + FakeStripe.PUBLISHABLE_KEY,
        "AISLE_STRIPE_WEBHOOK_SECRET=" + FakeStripe.WEBHOOK_SECRET
})
class StripePaymentBrowserTests extends BrowserTest {

    private static final FakeStripe STRIPE = FakeStripeConfiguration.STRIPE;
    private final List<String> sentToTheShop = new CopyOnWriteArrayList<>();

    @BeforeEach
    void watchWhatTheShopIsSent() {
        STRIPE.sendWebhooksTo(base());
        STRIPE.webhooks.hold(false);
        STRIPE.recover();
        page.onRequest(request -> {
            if (request.url().startsWith(base())) {
                sentToTheShop.add(request.url() + " " + request.postData());
            }
        });
    }

    @Test
    void aGuestPaysInStripesPaymentElementWithThreeDSecureAndTheOrderTurnsConfirmed() {
        String brand = unique("Stripebrand").replace("-", "");
        long product = newProduct("sports", brand, brand + " Trail Shoes", new BigDecimal("80.00"), 10);
        page.navigate("/p/" + product);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(page.locator("#cart-count")).hasText("1");

        page.navigate("/checkout");
        page.locator("[name=email]").fill(unique("stripeguest") + "@example.com");
        fillAddress();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();

        assertThat(page).hasURL(Pattern.compile("/orders/[A-Za-z0-9_-]{43}/pay$"));
        assertThat(page.locator("#fake-card")).isVisible();
        screenshot(page, "storefront-stripe-pay");
        page.locator("#fake-card").fill(FakeStripe.THREE_D_SECURE);
        page.locator("#pay-button").click();
        page.locator("#fake-3ds-complete").click();

        assertThat(page).hasURL(Pattern.compile("/orders/[A-Za-z0-9_-]{43}$"));
        assertThat(page.locator("#order-status")).hasText("Confirmed");
        screenshot(page, "storefront-stripe-paid");
        org.assertj.core.api.Assertions.assertThat(sentToTheShop).isNotEmpty()
                .noneMatch(sent -> sent.contains(FakeStripe.THREE_D_SECURE));
    }

    @Test
    void aCustomerWhoseCardIsDeclinedSeesWhyAndPaysWithAnotherCard() {
        Customer customer = newCustomer();
        long product = newProduct("sports", new BigDecimal("45.00"), 10);
        signIn(page, customer.email(), customer.password());
        page.navigate("/p/" + product);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(page.locator("#cart-count")).hasText("1");
        page.navigate("/checkout");
        fillAddress();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();

        assertThat(page).hasURL(Pattern.compile("/checkout/pay/\\d+$"));
        String orderId = page.url().replaceAll(".*/", "");
        page.locator("#fake-card").fill(FakeStripe.DECLINED);
        page.locator("#pay-button").click();
        assertThat(page.locator("#payment-error")).hasText("Your card was declined.");

        // the order still waits, holding its items; its page offers to finish paying
        page.navigate("/account/orders/" + orderId);
        assertThat(page.locator("#order-status")).hasText("Pending");
        page.locator("#pay-link").click();
        page.locator("#fake-card").fill(FakeStripe.SUCCEEDS);
        page.locator("#pay-button").click();

        assertThat(page).hasURL(Pattern.compile("/account/orders/" + orderId + "$"));
        assertThat(page.locator("#order-status")).hasText("Confirmed");
        org.assertj.core.api.Assertions.assertThat(sentToTheShop)
                .noneMatch(sent -> sent.contains(FakeStripe.SUCCEEDS) || sent.contains(FakeStripe.DECLINED));
    }

    private void fillAddress() {
        page.locator("[name=fullName]").fill("Ada Stripe");
        page.locator("[name=line1]").fill("1 Infinite Loop");
        page.locator("[name=city]").fill("Cupertino");
        page.locator("[name=postalCode]").fill("95014");
        page.locator("select#region").selectOption("CA");
    }
}
