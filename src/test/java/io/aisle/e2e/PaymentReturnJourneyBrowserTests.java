package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.aisle.ordering.payment.stripe.FakeStripe;
import io.aisle.ordering.payment.stripe.FakeStripeConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The issue's whole after-sales journey in a real browser, with Stripe and SMTP as outside systems (the fake Stripe:
 * its API, Stripe.js and signed webhooks; GreenMail): a customer pays in Stripe's Payment Element (the webhook makes
 * the order PAID), gets the confirmation mail; the admin ships it, the shipped mail carries the tracking link; the
 * order is delivered, the customer asks to return an item, the admin approves, receives and refunds it; the refund
 * shows on the customer's order and in the ledger, and the refund mail arrives.
 */
@Import(FakeStripeConfiguration.class)
@TestPropertySource(properties = {
        "AISLE_PAYMENT_PROVIDER=stripe",
        "AISLE_STRIPE_SECRET_KEY=" + FakeStripe.SECRET_KEY,
        "AISLE_STRIPE_PUBLISHABLE_KEY=" + FakeStripe.PUBLISHABLE_KEY,
        "AISLE_STRIPE_WEBHOOK_SECRET=" + FakeStripe.WEBHOOK_SECRET,
        "aisle.mail.poll-interval=300ms"
})
class PaymentReturnJourneyBrowserTests extends BrowserTest {

    private static final FakeStripe STRIPE = FakeStripeConfiguration.STRIPE;
    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void stripeSendsItsWebhooksHere() {
        STRIPE.sendWebhooksTo(base());
        STRIPE.webhooks.hold(false);
        STRIPE.recover();
    }

    @Test
    void aCustomerPaysGetsItShippedReturnsAnItemAndIsRefundedWithAMailAtEachStep() {
        Customer customer = newCustomer();
        String brand = unique("Journeybrand").replace("-", "");
        long product = newProduct("sports", brand, brand + " Running Socks", new BigDecimal("12.00"), 10);

        // pay in Stripe's Payment Element; the webhook confirms the order
        signIn(page, customer.email(), customer.password());
        page.navigate("/p/" + product);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        assertThat(page.locator("#cart-count")).hasText("1");
        page.navigate("/checkout");
        page.locator("[name=fullName]").fill("Ada Journey");
        page.locator("[name=line1]").fill("1 Infinite Loop");
        page.locator("[name=city]").fill("Cupertino");
        page.locator("[name=postalCode]").fill("95014");
        page.locator("select#region").selectOption("CA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
        assertThat(page).hasURL(Pattern.compile("/checkout/pay/\\d+$"));
        long order = Long.parseLong(page.url().replaceAll(".*/", ""));
        page.locator("#fake-card").fill(FakeStripe.SUCCEEDS);
        page.locator("#pay-button").click();
        assertThat(page).hasURL(Pattern.compile("/account/orders/" + order + "$"));
        assertThat(page.locator("#order-status")).hasText("Confirmed");
        org.assertj.core.api.Assertions.assertThat(paymentStatus(order)).isEqualTo("PAID");
        String confirmation = mailBody(customer.email(), "Your order #" + order + " is confirmed");
        org.assertj.core.api.Assertions.assertThat(confirmation).contains("/account/orders/" + order);

        // the admin ships it; the mail carries the tracking link
        BrowserContext adminContext = newContext(1280, 900);
        Page admin = adminContext.newPage();
        admin.onDialog(dialog -> dialog.accept());
        signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.navigate(base() + "/admin/orders/" + order);
        admin.locator("#ship-form select[name=carrier]").selectOption("UPS");
        admin.locator("#ship-form [name=trackingNumber]").fill("1Z999AA10123456784");
        admin.locator("#ship-form button").click();
        assertThat(admin.locator("main")).containsText("Order #" + order + " is now shipped.");
        String shipped = mailBody(customer.email(), "Your order #" + order + " is on its way");
        org.assertj.core.api.Assertions.assertThat(shipped).contains("1Z999AA10123456784")
                .contains("https://www.ups.com/track?tracknum=1Z999AA10123456784");
        admin.locator("button[data-status=DELIVERED]").click();
        assertThat(admin.locator("main")).containsText("Order #" + order + " is now delivered.");

        // the customer asks to return the item
        page.navigate("/account/orders/" + order);
        page.locator("[id^='return-quantity-" + product + "-']").fill("1");
        page.locator("#return-reason").selectOption("WRONG_SIZE");
        page.locator("#return-form button[type=submit]").click();
        assertThat(page.locator("#return-list")).containsText("Requested");

        // the admin approves, receives and refunds it
        admin.navigate(base() + "/admin/returns");
        admin.locator("a[href*='/admin/returns/']").first().click();
        admin.locator("#approve-return").click();
        admin.locator("#receive-return").click();
        admin.locator("#refund-return").click();
        assertThat(admin.locator("body")).containsText("Refunded");

        // the refund shows on the order and in the ledger, and its mail arrives
        page.navigate("/account/orders/" + order);
        assertThat(page.locator("#order-refunds")).containsText("refunded");
        assertThat(page.locator("#order-payment")).containsText("refunded");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "SELECT COUNT(*) FROM payments WHERE order_id = :id AND kind = 'REFUND' AND status = 'SUCCEEDED'")
                .param("id", order).query(Integer.class).single()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(mailBody(customer.email(), "Your refund for order #" + order))
                .contains("/account/orders/" + order);
        screenshot(page, "storefront-order-refunded");
        adminContext.close();
    }

    private String paymentStatus(long order) {
        return jdbc.sql("SELECT payment_status FROM orders WHERE id = :id").param("id", order).query(String.class)
                .single();
    }

    /** The text of the one mail to this address with this subject, once it arrives. */
    private static String mailBody(String address, String subject) {
        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> to(m).equalsIgnoreCase(address) && subject(m).equals(subject)).findFirst().orElse(null),
                found -> found != null);
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
