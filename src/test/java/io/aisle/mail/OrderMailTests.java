package io.aisle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ordering.PaymentFailed;
import io.aisle.returns.ReturnStatus;
import io.aisle.returns.ReturnStatusChanged;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;

/** The mails about an order, as they arrive at a real SMTP server after the API calls that cause them. */
class OrderMailTests extends MailApiTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void aCheckoutMailsTheConfirmationWithLinesTotalsAddressAndAnAbsoluteLinkToTheOrderInTextAndHtml() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, "Testbrand", "Mail test kettle", new BigDecimal("12.50"), 5);
        long order = buy(customer, product, 2);

        MimeMessage mail = awaitMail(customer.email(), "Your order #" + order + " is confirmed");

        assertThat(mail.getFrom()[0].toString()).contains("shop@shop.example");
        String text = part(mail, "plain");
        String html = part(mail, "html");
        String link = BASE_URL + "/account/orders/" + order;
        assertThat(text).contains(link, "Mail test kettle × 2", "$25.00", "Total:", "Grace Hopper", "1 Navy Way");
        assertThat(html).contains("href=\"" + link + "\"", "Mail test kettle", "$25.00", "Grace Hopper", "#4338ca");
        assertThat(mail.getMessageID()).isEqualTo(outboxRowsTo(customer.email()).stream()
                .filter(row -> row.get("template").equals("order-confirmation")).findFirst().orElseThrow()
                .get("message_id"));
    }

    @Test
    void shippingMailsTheCarrierAndItsTrackingLinkAndDeliveryAndCancellationMailToo() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("3.00"), 10);
        long shipped = buy(customer, product, 1);
        long cancelled = buy(customer, product, 1);

        adminStatus(shipped, Map.of("status", "SHIPPED", "carrier", "UPS", "trackingNumber", "1Z999AA10123456784"));
        MimeMessage onItsWay = awaitMail(customer.email(), "Your order #" + shipped + " is on its way");
        String tracking = "https://www.ups.com/track?tracknum=1Z999AA10123456784";
        assertThat(part(onItsWay, "plain")).contains("UPS", tracking, BASE_URL + "/account/orders/" + shipped);
        assertThat(part(onItsWay, "html")).contains("href=\"" + tracking + "\"");

        adminStatus(shipped, Map.of("status", "DELIVERED"));
        assertThat(part(awaitMail(customer.email(), "Your order #" + shipped + " was delivered"), "plain"))
                .contains(BASE_URL + "/account/orders/" + shipped);

        api.post().uri("/api/v1/orders/{id}/cancel", cancelled).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();
        assertThat(part(awaitMail(customer.email(), "Your order #" + cancelled + " is cancelled"), "plain"))
                .contains(BASE_URL + "/account/orders/" + cancelled);
    }

    @Test
    void anAdminsRefundSentTwiceMailsOnceWithTheAmountAndReason() throws Exception {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("8.00"), 5), 1);
        String admin = adminBearer();

        for (int i = 0; i < 2; i++) {
            api.post().uri("/api/v1/admin/orders/{id}/refunds", order).header(HttpHeaders.AUTHORIZATION, admin)
                    .header("Idempotency-Key", "mail-refund-" + order)
                    .body(Map.of("amount", "4.00", "reason", "Returned items")).exchange().expectStatus().isOk();
        }

        String text = part(awaitMail(customer.email(), "Your refund for order #" + order), "plain");
        assertThat(text).contains("$4.00", "Returned items", BASE_URL + "/account/orders/" + order);
        await().until(() -> outboxRowsTo(customer.email()).stream().filter(row -> row.get("template")
                .equals("refund-issued")).allMatch(row -> "SENT".equals(row.get("status"))));
        assertThat(mailsTo(customer.email())).filteredOn(mail -> subject(mail).startsWith("Your refund")).hasSize(1);
    }

    @Test
    void paymentFailureAndReturnEventsMailTheirNewsWithTheNoteAndTheOrderLink() throws Exception {
        Customer customer = newCustomer();
        long order = buy(customer, newProduct(CATEGORY, new BigDecimal("8.00"), 5), 1);
        String link = BASE_URL + "/account/orders/" + order;

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ReturnStatusChanged(7000 + order, order, customer.id(), customer.email(),
                    ReturnStatus.REJECTED, "The seal was broken."));
            events.publishEvent(new ReturnStatusChanged(7000 + order, order, customer.id(), customer.email(),
                    ReturnStatus.REQUESTED, null));
            events.publishEvent(new PaymentFailed(order, customer.id(), customer.email(), "Card declined"));
        });

        assertThat(part(awaitMail(customer.email(), "About your return for order #" + order), "plain"))
                .contains("The seal was broken.", link);
        assertThat(part(awaitMail(customer.email(), "We received your return request for order #" + order), "html"))
                .contains("href=\"" + link + "\"");
        assertThat(part(awaitMail(customer.email(), "We could not take payment for order #" + order), "html"))
                .contains("Card declined", "href=\"" + BASE_URL + "/cart\"");
    }

    @Test
    void aGuestsConfirmationLinksToTheOrdersSecretPage() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 5);
        String email = unique("guest") + "@example.com";
        Map<?, ?> placed = api.post().uri("/api/v1/checkout/guest")
                .body(Map.of("email", email, "items", List.of(Map.of("productId", product, "quantity", 1)),
                        "shippingAddress", ADDRESS))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        String text = part(awaitMail(email, "is confirmed"), "plain");

        assertThat((String) placed.get("orderPage")).startsWith("/orders/");
        assertThat(text).contains(BASE_URL + placed.get("orderPage")).doesNotContain("/account/orders/");
    }

    private void adminStatus(long order, Map<String, ?> body) {
        api.post().uri("/api/v1/admin/orders/{id}/status", order).header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(body).exchange().expectStatus().isOk();
    }
}
