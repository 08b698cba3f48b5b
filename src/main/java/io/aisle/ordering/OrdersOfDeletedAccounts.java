package io.aisle.ordering;

import io.aisle.identity.AccountDeleted;
import io.aisle.ordering.data.OrderRepository;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account's orders stay for the books, but lose the name and address they were shipped to,
 * in the deleting transaction.
 */
@Component
class OrdersOfDeletedAccounts {

    private final OrderRepository orders;
    private final Clock clock;

    OrdersOfDeletedAccounts(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @EventListener
    void on(AccountDeleted event) {
        orders.erasePersonalData(event.userId(), clock.instant());
    }
}
