package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Each step of a return tells who listens (the mail module), once, with the admin's note when there is one. */
@RecordApplicationEvents
class ReturnEventsTests extends ReturnsApiTest {

    @Autowired
    ReturnService returns;

    @Autowired
    ReturnAdmin admin;

    @Autowired
    ReturnRefunds refunds;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishesEveryStatusChangeOfAReturnWithItsOrderAndCustomer() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 10);
        long order = deliveredOrder(customer, product, 2);
        ReturnRequest wrongSize = new ReturnRequest(List.of(new ReturnRequest.Line(product, 1)), "WRONG_SIZE", null,
                null);

        long refunded = returns.request(customer.id(), order, wrongSize, null).value().id();
        admin.approve(refunded);
        admin.receive(refunded, true);
        refunds.refund(refunded, null);
        long rejected = returns.request(customer.id(), order, wrongSize, null).value().id();
        admin.reject(rejected, "Not in its box.");

        assertThat(events.stream(ReturnStatusChanged.class)).containsExactly(
                new ReturnStatusChanged(refunded, order, customer.id(), customer.email(), ReturnStatus.REQUESTED, null),
                new ReturnStatusChanged(refunded, order, customer.id(), customer.email(), ReturnStatus.APPROVED, null),
                new ReturnStatusChanged(refunded, order, customer.id(), customer.email(), ReturnStatus.RECEIVED, null),
                new ReturnStatusChanged(refunded, order, customer.id(), customer.email(), ReturnStatus.REFUNDED, null),
                new ReturnStatusChanged(rejected, order, customer.id(), customer.email(), ReturnStatus.REQUESTED, null),
                new ReturnStatusChanged(rejected, order, customer.id(), customer.email(), ReturnStatus.REJECTED,
                        "Not in its box."));
    }
}
