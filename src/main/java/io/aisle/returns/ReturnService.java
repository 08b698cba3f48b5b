package io.aisle.returns;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.returns.data.Allowance;
import io.aisle.returns.data.AllowanceRepository;
import io.aisle.returns.data.ReturnRepository;
import io.aisle.returns.internal.Bought;
import io.aisle.returns.internal.ReturnIntake;
import io.aisle.returns.internal.ReturnReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of returns: asking to send back units of a delivered order within the return window, and
 * following those returns. A customer reaches only their own orders and returns ("not yours" is a 404 like
 * "missing"); a guest reaches their order through its secret link. A unit is never in two returns at once, however
 * many requests race: the request locks the order's lines and claims units with a guarded update.
 */
@Service
public class ReturnService {

    private final OrderService orders;
    private final ReturnIntake intake;
    private final ReturnRepository returns;
    private final AllowanceRepository allowances;
    private final ReturnReader reader;
    private final Clock clock;

    ReturnService(OrderService orders, ReturnIntake intake, ReturnRepository returns, AllowanceRepository allowances,
            ReturnReader reader, Clock clock) {
        this.orders = orders;
        this.intake = intake;
        this.returns = returns;
        this.allowances = allowances;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * The customer asks to return units of their order. A repeated {@code idempotencyKey} (null: none) answers the
     * return made the first time, whatever else the repeat says.
     *
     * @throws io.aisle.ordering.OrderNotFoundException when the order is missing or not theirs
     * @throws OrderNotReturnableException when the order is not delivered
     * @throws ReturnWindowClosedException when the return window has passed
     * @throws ReturnQuantityExceededException when a line has fewer units left to return
     */
    @Transactional
    public RequestedReturn request(long userId, long orderId, ReturnRequest request, String idempotencyKey) {
        return intake.open(orders.getMine(userId, orderId), request, idempotencyKey);
    }

    /** As {@link #request}, for the guest order whose link carries this secret. */
    @Transactional
    public RequestedReturn requestByLink(String secret, ReturnRequest request, String idempotencyKey) {
        return intake.open(orders.getByLink(secret), request, idempotencyKey);
    }

    /** The returns of the customer's own order, oldest first. */
    @Transactional(readOnly = true)
    public List<Return> ofMyOrder(long userId, long orderId) {
        return ofOrder(orders.getMine(userId, orderId).id());
    }

    /** The returns of an order the caller may already see (the admin, or a guest through the order's link). */
    @Transactional(readOnly = true)
    public List<Return> ofOrder(long orderId) {
        return reader.withLines(returns.findByOrder(orderId));
    }

    /** The customer's own return. */
    @Transactional(readOnly = true)
    public Return getMine(long userId, long returnId) {
        return returns.findByIdAndUser(returnId, userId).map(reader::withLines)
                .orElseThrow(() -> new ReturnNotFoundException(returnId));
    }

    /** What of this order (one the caller may see) can be returned now, for the order's page. */
    @Transactional(readOnly = true)
    public ReturnOptions options(Order order) {
        Instant until = intake.returnableUntil(order);
        Map<Long, Allowance> claimed = allowances.find(order.id()).stream()
                .collect(Collectors.toMap(Allowance::variantId, Function.identity()));
        List<ReturnOptions.Returnable> lines = Bought.of(order).stream()
                .map(line -> new ReturnOptions.Returnable(line.productId(), line.variantId(), line.name(),
                        line.quantity() - (claimed.containsKey(line.variantId())
                                ? claimed.get(line.variantId()).claimed() : 0), line.unitPaid()))
                .toList();
        boolean closed = until != null && !clock.instant().isBefore(until);
        boolean open = order.status() == OrderStatus.DELIVERED && until != null && !closed
                && lines.stream().anyMatch(line -> line.left() > 0);
        return new ReturnOptions(open, closed, until, lines);
    }
}
