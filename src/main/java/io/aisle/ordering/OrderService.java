package io.aisle.ordering;

import io.aisle.catalog.StockService;
import io.aisle.ordering.data.OrderItemRepository;
import io.aisle.ordering.data.OrderRepository;
import io.aisle.ordering.data.OrderSearchRepository;
import io.aisle.ordering.data.ShipmentRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
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
    private final ShipmentRepository shipments;
    private final OrderSearchRepository search;
    private final StockService stock;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderService(OrderRepository orders, OrderItemRepository items, ShipmentRepository shipments,
            OrderSearchRepository search, StockService stock, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.items = items;
        this.shipments = shipments;
        this.search = search;
        this.stock = stock;
        this.events = events;
        this.clock = clock;
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

    private Order withItems(Order order) {
        return order.withItems(items.findByOrders(List.of(order.id())).getOrDefault(order.id(), List.of()));
    }

    private List<Order> withItems(List<Order> page) {
        Map<Long, List<OrderItem>> lines = items.findByOrders(page.stream().map(Order::id).toList());
        return page.stream().map(order -> order.withItems(lines.getOrDefault(order.id(), List.of()))).toList();
    }
}
