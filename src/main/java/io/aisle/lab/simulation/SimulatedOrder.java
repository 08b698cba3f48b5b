package io.aisle.lab.simulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A checkout of a simulated customer. A cancelled order still happened (it has a CHECKOUT and a CANCEL
 * event) but is no purchase: it neither prevents churn nor counts as spend.
 */
public record SimulatedOrder(long customerId, Instant placedAt, List<OrderLine> lines, BigDecimal total, boolean cancelled) {

    public SimulatedOrder {
        lines = List.copyOf(lines);
    }

    static SimulatedOrder of(long customerId, Instant placedAt, List<OrderLine> lines, boolean cancelled) {
        BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SimulatedOrder(customerId, placedAt, lines, total, cancelled);
    }
}
