package io.aisle.ordering;

import io.aisle.catalog.StockService;
import io.aisle.identity.AccountService;
import io.aisle.ordering.data.OrderItemRepository;
import io.aisle.ordering.data.OrderRepository;
import io.aisle.shopping.CartLine;
import io.aisle.shopping.CartService;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one transaction of a checkout. Any failure (short stock, a declined payment) rolls all of it
 * back: no order, stock and cart as they were. {@link CheckoutService} runs it and handles retries.
 */
@Service
class CheckoutTransaction {

    private final AccountService accounts;
    private final CartService cart;
    private final OrderPricing pricing;
    private final StockService stock;
    private final OrderService orderService;
    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final PaymentGateway payments;
    private final ApplicationEventPublisher events;

    CheckoutTransaction(AccountService accounts, CartService cart, OrderPricing pricing, StockService stock,
            OrderService orderService, OrderRepository orders, OrderItemRepository items, PaymentGateway payments,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.cart = cart;
        this.pricing = pricing;
        this.stock = stock;
        this.orderService = orderService;
        this.orders = orders;
        this.items = items;
        this.payments = payments;
        this.events = events;
    }

    /**
     * READ COMMITTED, so that every read sees the latest commits: the stock guards lock their rows
     * anyway, and a short line is then reported with the stock as it is now rather than as this
     * transaction first saw it (catalog's re-read after a failed guard is a plain read).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    PlacedOrder run(long userId, CheckoutRequest request, String idempotencyKey) {
        // first, the account row's lock: a concurrent deletion of the account either waits for this order
        // (and then refuses, as the order is open) or has committed, and this checkout answers 404
        accounts.holdOpen(userId);
        List<CartLine> lines = cart.lines(userId);
        if (idempotencyKey != null) {
            // looked up after the cart: an earlier order with this key committed together with emptying
            // the cart, so if the cart read found it empty, this read finds that order
            Optional<Order> earlier = orderService.findMine(userId, idempotencyKey);
            if (earlier.isPresent()) {
                return new PlacedOrder(earlier.get(), true);
            }
        }
        Order draft = pricing.draft(userId, lines, request.shippingAddress());
        // the order row comes first: its unique idempotency key holds back a concurrent duplicate
        long orderId = orders.insert(draft, idempotencyKey);
        stock.take(draft.stockLines());
        draft.items().forEach(item -> items.insert(orderId, item));
        cart.emptyAfterOrder(userId);
        // charged last, after every statement that can wait for a lock or fail, so that a rollback
        // after the charge (which a real provider would have to refund) is as unlikely as it gets
        String reference = payments.charge(new PaymentGateway.Charge(orderId, userId, draft.total(), draft.currency(),
                request.paymentToken()));
        orders.setPaymentReference(orderId, reference);
        Order order = orderService.getMine(userId, orderId);
        events.publishEvent(OrderPlaced.of(order));
        return new PlacedOrder(order, false);
    }
}
