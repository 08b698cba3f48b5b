package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.mail.MailApiTest;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** A return from request to refund, as the customer hears of it at a real SMTP server. */
class ReturnMailJourneyTests extends MailApiTest {

    @Autowired
    OrderService orders;

    @Test
    void theCustomerIsToldOfTheRequestTheApprovalAndTheRefundOnce() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("18.00"), 5);
        long order = buy(customer, product, 1);
        orders.changeStatus(order, OrderStatus.SHIPPED);
        orders.changeStatus(order, OrderStatus.DELIVERED);

        long returnId = id(api.post().uri("/api/v1/orders/{id}/returns", order)
                .header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("lines", List.of(Map.of("productId", product, "quantity", 1)), "reason", "DAMAGED"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        awaitMail(customer.email(), "We received your return request for order #" + order);
        String admin = adminBearer();
        for (String step : List.of("approve", "receive", "refund", "refund")) {
            api.post().uri("/api/v1/admin/returns/{id}/{step}", returnId, step).header(HttpHeaders.AUTHORIZATION, admin)
                    .body(step.equals("receive") ? Map.of("restock", true) : Map.of()).exchange();
        }

        awaitMail(customer.email(), "Your return for order #" + order + " is approved");
        String refund = part(awaitMail(customer.email(), "Your refund for order #" + order), "plain");
        assertThat(refund).contains("Return #" + returnId);
        assertThat(mailsTo(customer.email())).filteredOn(mail -> subject(mail).startsWith("Your refund")).hasSize(1);
    }
}
