package io.aisle.returns.internal;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderStatus;
import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.OrderNotReturnableException;
import io.aisle.returns.RequestedReturn;
import io.aisle.returns.ReturnLine;
import io.aisle.returns.ReturnQuantityExceededException;
import io.aisle.returns.ReturnReason;
import io.aisle.returns.ReturnRequest;
import io.aisle.returns.ReturnStatus;
import io.aisle.returns.ReturnStatusChanged;
import io.aisle.returns.ReturnWindowClosedException;
import io.aisle.returns.ReturnsProperties;
import io.aisle.returns.data.Allowance;
import io.aisle.returns.data.AllowanceRepository;
import io.aisle.returns.data.NewReturn;
import io.aisle.returns.data.ReturnLineRepository;
import io.aisle.returns.data.ReturnRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes a customer's return request for an order they may see, inside the caller's transaction: checks it, locks
 * the order's allowance rows, answers an earlier request with the same key, claims the units with a guarded update
 * and writes the return with what its lines paid.
 */
@Component
public class ReturnIntake {

    private final AllowanceRepository allowances;
    private final ReturnRepository returns;
    private final ReturnLineRepository lines;
    private final ReturnReader reader;
    private final ReturnsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnIntake(AllowanceRepository allowances, ReturnRepository returns, ReturnLineRepository lines,
            ReturnReader reader, ReturnsProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.allowances = allowances;
        this.returns = returns;
        this.lines = lines;
        this.reader = reader;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Until when the order may be returned: the return window after its delivery (null before). A delivered order
     * without a delivery time (an imported history) counts from when it was placed: never a longer window.
     */
    public Instant returnableUntil(Order order) {
        if (order.deliveredAt() != null) {
            return order.deliveredAt().plus(properties.window());
        }
        return order.status() == OrderStatus.DELIVERED ? order.createdAt().plus(properties.window()) : null;
    }

    public RequestedReturn open(Order order, ReturnRequest request, String idempotencyKey) {
        if (request.lines() == null || request.lines().isEmpty()) {
            throw new InvalidRequestException("lines", "must name at least one line to return");
        }
        ReturnReason reason = ReturnReason.parse(request.reason());
        String reasonText = PlainWords.of(request.reasonText(), "reasonText", 500);
        if (reason == ReturnReason.OTHER && reasonText == null) {
            throw new InvalidRequestException("reasonText", "is needed when the reason is OTHER");
        }
        String key = IdempotencyKeys.check(idempotencyKey);
        Optional<RequestedReturn> earlier = replay(order.id(), key, false);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        checkReturnable(order);
        Map<Long, Bought> bought = Bought.of(order).stream()
                .collect(Collectors.toMap(Bought::variantId, Function.identity()));
        Map<Long, Integer> wanted = Requested.lines(order.id(), request, bought.values());
        bought.values().forEach(line -> allowances.open(order.id(), line.productId(), line.variantId(), line.quantity()));
        Map<Long, Allowance> before = allowances.lock(order.id()).stream()
                .collect(Collectors.toMap(Allowance::variantId, Function.identity()));
        // the same key may have won the lock just now: a locking read sees its return (no gap is locked before
        // the order's lines are, so requests queue there instead of deadlocking on the key's index)
        earlier = replay(order.id(), key, true);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<ReturnLine> taken = new ArrayList<>();
        wanted.forEach((variantId, quantity) -> {
            Allowance allowance = before.get(variantId);
            Bought line = bought.get(variantId);
            if (!allowances.claim(order.id(), variantId, quantity)) {
                throw new ReturnQuantityExceededException(order.id(), line.productId(), quantity, allowance.left());
            }
            taken.add(new ReturnLine(line.productId(), variantId, line.name(), quantity, line.unitPaid(),
                    line.paidFor(allowance.claimed(), quantity)));
        });
        boolean wholeOrderBack = before.values().stream()
                .allMatch(a -> a.left() == wanted.getOrDefault(a.variantId(), 0));
        BigDecimal shipping = wholeOrderBack ? Bought.shippingPaid(order) : BigDecimal.ZERO.setScale(2);
        long id = returns.insert(new NewReturn(order.id(), order.userId(), order.email(), reason, reasonText,
                PlainWords.of(request.note(), "note", 1000), shipping, key, clock.instant()));
        taken.forEach(line -> lines.insert(id, line));
        events.publishEvent(new ReturnStatusChanged(id, order.id(), order.userId(), order.email(),
                ReturnStatus.REQUESTED, null));
        return new RequestedReturn(reader.withLines(returns.findById(id).orElseThrow()), false);
    }

    private Optional<RequestedReturn> replay(long orderId, String key, boolean lock) {
        return key == null ? Optional.empty() : returns.findByKey(orderId, key, lock)
                .map(found -> new RequestedReturn(reader.withLines(found), true));
    }

    private void checkReturnable(Order order) {
        if (order.status() != OrderStatus.DELIVERED) {
            throw new OrderNotReturnableException(order.id(), order.status());
        }
        Instant until = returnableUntil(order);
        if (!clock.instant().isBefore(until)) {
            throw new ReturnWindowClosedException(order.id(), until);
        }
    }
}
