package io.aisle.ordering;

import io.aisle.catalog.StockService;
import io.aisle.ordering.data.OrderAdjustmentRepository;
import io.aisle.ordering.data.OrderItemRepository;
import io.aisle.ordering.data.OrderRepository;
import io.aisle.ordering.data.OrderSearchRepository;
import io.aisle.ordering.data.ShipmentRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.platform.SignedLinks;
import io.aisle.promotions.PromotionService;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders after checkout: reading them (a customer only their own; "not yours" is a 404 like "missing")
 * and moving them along the status flow. Cancelling puts the stock back in the same transaction.
 */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final OrderAdjustmentRepository adjustments;
    private final SignedLinks links;
    private final ShipmentRepository shipments;
    private final OrderSearchRepository search;
    private final StockService stock;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final PromotionService promotions;

    OrderService(OrderRepository orders, OrderItemRepository items, OrderAdjustmentRepository adjustments,
            SignedLinks links, ShipmentRepository shipments, OrderSearchRepository search, StockService stock,
            ApplicationEventPublisher events, Clock clock, PaymentGateway gateway, PromotionService promotions) {
        this.gateway = gateway;
        this.promotions = promotions;
        this.orders = orders;
        this.items = items;
        this.adjustments = adjustments;
        this.links = links;
        this.shipments = shipments;
        this.search = search;
        this.stock = stock;
        this.events = events;
        this.clock = clock;
    }

    /** The provider's id of the order's payment while it is open (a Stripe PaymentIntent). */
    Optional<String> paymentIntentOf(long orderId) {
        return orders.findPaymentIntent(orderId);
    }

    /** Any customer's order, for the admin. */
    @Transactional(readOnly = true)
    public Order get(long orderId) {
        return orders.findById(orderId).map(this::withItems).orElseThrow(() -> new OrderNotFoundException(orderId));
    }

    /** The customer's own order. */
    @Transactional(readOnly = true)
    public Order getMine(long userId, long orderId) {
        return orders.findByIdAndUser(orderId, userId).map(this::withItems)
                .orElseThrow(() -> new OrderNotFoundException(orderId));
    }

    /** The customer's order placed with this idempotency key, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Order> findMine(long userId, String idempotencyKey) {
        return orders.findByIdempotencyKey(userId, idempotencyKey).map(this::withItems);
    }

    /** A guest's order placed with this idempotency key, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Order> findGuests(String email, String idempotencyKey) {
        return orders.findByGuestIdempotencyKey(email, idempotencyKey).map(this::withItems);
    }

    /** The guest order whose link carries this secret; any other secret is a 404 like a missing order. */
    @Transactional(readOnly = true)
    public Order getByLink(String secret) {
        return orders.findByAccessTokenHash(SignedLinks.hash(secret)).map(this::withItems)
                .orElseThrow(OrderNotFoundException::byLink);
    }

    /** The path of a guest order's page, with the secret that opens it. */
    public String linkOf(Order order) {
        return guestLink(links.secret(CheckoutTransaction.GUEST_LINK_PURPOSE, order.id()));
    }

    static String guestLink(String secret) {
        return "/orders/" + secret;
    }

    /**
     * Whether this shopper has never ordered: no order in their account ({@code userId} null for a guest) and none
     * placed with their e-mail.
     */
    @Transactional(readOnly = true)
    public boolean isFirstOrder(Long userId, String email) {
        return !orders.hasOrdered(userId, email);
    }

    /**
     * Moves a guest's order, opened through its link, into the account of the signed-in customer whose e-mail it
     * was placed with; the link together with the account's e-mail prove it is theirs. Answers the order.
     */
    @Transactional
    public Order attachGuestOrder(String secret, long userId, String accountEmail) {
        Order order = getByLink(secret);
        if (!order.guest()) {
            throw new ConflictException("Order already in an account", "Order " + order.id()
                    + " already belongs to an account.");
        }
        if (!order.email().equalsIgnoreCase(accountEmail)
                || !orders.attachToCustomer(order.id(), order.email(), userId, clock.instant())) {
            throw new ConflictException("Different e-mail", "Order " + order.id() + " was placed with another "
                    + "e-mail address than your account's, so it cannot be added to your account.");
        }
        return get(order.id());
    }

    /** The customer's orders, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Order> listMine(long userId, PageQuery page) {
        return PageResult.of(withItems(orders.findByUser(userId, page)), page, orders.countByUser(userId));
    }

    /** The customer's open orders (see {@link OrderStatus#isOpen()}), oldest first. */
    @Transactional(readOnly = true)
    public List<Order> openOrders(long userId) {
        List<OrderStatus> open = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isOpen).toList();
        return withItems(orders.findByUserAndStatus(userId, open));
    }

    /** All customers' orders, newest first, in one status or ({@code status} null) all. */
    @Transactional(readOnly = true)
    public PageResult<Order> list(OrderStatus status, PageQuery page) {
        return PageResult.of(withItems(orders.findAll(status, page)), page, orders.count(status));
    }

    /** All customers' orders matching the admin's search, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Order> search(OrderSearch criteria, PageQuery page) {
        return PageResult.of(withItems(search.find(criteria, page)), page, search.count(criteria));
    }

    /** The customer cancels their own order; only a paid order that has not shipped can be cancelled. */
    @Transactional
    public Order cancel(long userId, long orderId) {
        return move(getMine(userId, orderId), OrderStatus.CANCELLED);
    }

    /** The admin moves an order to its next status (or cancels it). */
    @Transactional
    public Order changeStatus(long orderId, OrderStatus to) {
        return move(get(orderId), to);
    }

    /**
     * The admin ships a paid order with this carrier and tracking number: the status change and the shipment
     * are one transaction, and the status guard lets only one of two simultaneous shipments through. The
     * request is checked (400) before anything changes.
     */
    @Transactional
    public Order ship(long orderId, ShipmentRequest request) {
        ShipmentRequest.Checked shipment = request.check();
        Order shipped = move(get(orderId), OrderStatus.SHIPPED);
        shipments.insert(orderId, shipment.carrier(), shipment.trackingNumber(), shipment.trackingUrl(),
                shipped.shippedAt());
        return shipped;
    }

    private Order move(Order order, OrderStatus to) {
        if (!order.status().canBecome(to)) {
            throw new OrderStatusConflictException(order.id(), order.status(), to);
        }
        if (order.status() == OrderStatus.PENDING) {
            return cancelPending(order);
        }
        if (to == OrderStatus.SHIPPED && order.paymentStatus() == PaymentStatus.AUTHORIZED) {
            throw new ConflictException("Payment not captured", "Order " + order.id() + "'s payment is only "
                    + "authorized: capture it before shipping.");
        }
        if (!orders.updateStatus(order.id(), order.status(), to, clock.instant())) {
            // another request changed the status since it was read; the SQL guard kept this one out
            throw new ConflictException("Order changed", "Order " + order.id()
                    + " was changed by someone else just now. Reload it and try again.");
        }
        if (to == OrderStatus.CANCELLED) {
            stock.putBack(order.stockLines());
        }
        events.publishEvent(new OrderStatusChanged(order.id(), order.userId(), order.status(), to));
        if (to == OrderStatus.CANCELLED) {
            events.publishEvent(new OrderCancelled(order.id(), order.userId()));
        }
        return get(order.id());
    }

    /**
     * Cancels an order still waiting for its payment: the provider's payment is called off first, so that it cannot
     * take the money after the order is gone; if it already has, the cancellation is refused (the order is about
     * to be confirmed) and the customer can cancel the confirmed order, which refunds it.
     */
    private Order cancelPending(Order order) {
        String intent = orders.findPaymentIntent(order.id()).orElse(null);
        if (intent != null && !gateway.cancel(intent)) {
            throw new ConflictException("Payment going through", "Order " + order.id() + "'s payment has just gone "
                    + "through. Reload the order: once it shows as confirmed, it can be cancelled and refunded.");
        }
        if (!orders.updatePayment(order.id(), OrderStatus.PENDING, PaymentStatus.PENDING, OrderStatus.CANCELLED,
                PaymentStatus.VOIDED, null, clock.instant())) {
            throw new ConflictException("Order changed", "Order " + order.id()
                    + " was changed by someone else just now. Reload it and try again.");
        }
        stock.putBack(order.stockLines());
        promotions.release(order.id());
        events.publishEvent(new OrderStatusChanged(order.id(), order.userId(), OrderStatus.PENDING,
                OrderStatus.CANCELLED));
        events.publishEvent(new OrderCancelled(order.id(), order.userId()));
        return get(order.id());
    }

    private Order withItems(Order order) {
        return withItems(List.of(order)).get(0);
    }

    private List<Order> withItems(List<Order> page) {
        List<Long> ids = page.stream().map(Order::id).toList();
        Map<Long, List<OrderItem>> lines = items.findByOrders(ids);
        Map<Long, List<OrderAdjustment>> details = adjustments.findByOrders(ids);
        return page.stream().map(order -> order.withDetails(lines.getOrDefault(order.id(), List.of()),
                details.getOrDefault(order.id(), List.of()))).toList();
    }
}
