package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.identity.PostalAddress;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The events other modules listen to, recorded on the test's own thread by calling the services. */
@RecordApplicationEvents
class OrderEventsTests extends OrderingApiTest {

    @Autowired
    CheckoutService checkout;

    @Autowired
    OrderService orders;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishesPlacedStatusChangedAndCancelledEvents() {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("20.00"), 5);
        addToCart(customer, product, 3);

        Order order = checkout.checkout(customer.id(), CheckoutRequest.to(
                new PostalAddress("Alan Turing", null, "1 Navy Way", null, "Arlington", "VA", "22201", "US", null), null),
                null).order();
        orders.cancel(customer.id(), order.id());

        OrderPlaced placed = events.stream(OrderPlaced.class).findFirst().orElseThrow();
        assertThat(placed.orderId()).isEqualTo(order.id());
        assertThat(placed.userId()).isEqualTo(customer.id());
        assertThat(placed.total()).isEqualByComparingTo("60.00");
        assertThat(placed.items()).singleElement().satisfies(item -> {
            assertThat(item.productId()).isEqualTo(product);
            assertThat(item.quantity()).isEqualTo(3);
        });
        assertThat(events.stream(OrderStatusChanged.class)).containsExactly(
                new OrderStatusChanged(order.id(), customer.id(), OrderStatus.CONFIRMED, OrderStatus.CANCELLED));
        assertThat(events.stream(OrderCancelled.class)).containsExactly(new OrderCancelled(order.id(), customer.id()));
    }
}
