package io.aisle.ordering;

import io.aisle.identity.AccountDeleted;
import io.aisle.identity.AccountDeletionRequested;
import io.aisle.ordering.data.OrderRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An account with an open order cannot be deleted: fulfilling the order needs its shipping address, and
 * a shipped parcel may still come back. Once every order is delivered or cancelled, the orders stay for
 * the books but lose the name and address they were shipped to, in the deleting transaction.
 */
@Component
class OrdersOfDeletedAccounts {

    private final OrderService orderService;
    private final OrderRepository orders;
    private final Clock clock;

    OrdersOfDeletedAccounts(OrderService orderService, OrderRepository orders, Clock clock) {
        this.orderService = orderService;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * Vetoes the deletion while an order is open. The account row is locked by then, and checkout takes
     * the same lock first, so no order can be placed between this check and the deletion's commit.
     */
    @EventListener
    void on(AccountDeletionRequested event) {
        List<Order> open = orderService.openOrders(event.userId());
        if (!open.isEmpty()) {
            throw new OpenOrdersException(open);
        }
    }

    @EventListener
    void on(AccountDeleted event) {
        orders.erasePersonalData(event.userId(), clock.instant());
    }
}
