package io.aisle.lab.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sessions of one customer, played one at a time: log in, search and view products, now and then
 * review something bought before, maybe fill a cart, maybe check out. Whether the visit ends in a checkout is decided up front with the customer's checkout probability,
 * so the order count stays exactly Poisson and the ground truth exact; the cart activity is dressed
 * around that decision.
 */
final class Visit {

    private static final double MEAN_SEARCHES = 0.8;
    private static final double MEAN_EXTRA_VIEWS = 3;
    private static final double ABANDON_PROBABILITY = 0.3;
    private static final double REMOVAL_PROBABILITY = 0.25;
    private static final double REVIEW_PROBABILITY = 0.05;

    private final Shopper shopper;
    private final double cancelProbability;
    private final RandomDraws draws;
    private final HistorySink sink;
    private long second;
    private boolean hasPurchased;

    Visit(Shopper shopper, double cancelProbability, RandomDraws draws, HistorySink sink) {
        this.shopper = shopper;
        this.cancelProbability = cancelProbability;
        this.draws = draws;
        this.sink = sink;
    }

    /**
     * Plays one session from the given epoch second; returns the order it placed, or null if it placed
     * none. {@link #endSecond()} then tells when the session ended.
     */
    SimulatedOrder play(long startSecond) {
        second = startSecond;
        emit(SimulatedEventType.LOGIN);
        for (int i = draws.poisson(MEAN_SEARCHES); i > 0; i--) {
            emit(SimulatedEventType.SEARCH);
        }
        for (int i = 1 + draws.poisson(MEAN_EXTRA_VIEWS); i > 0; i--) {
            emit(SimulatedEventType.PRODUCT_VIEW);
        }
        if (hasPurchased && draws.chance(REVIEW_PROBABILITY)) {
            emit(SimulatedEventType.REVIEW);
        }
        if (draws.chance(shopper.customer().checkoutProbability())) {
            return checkOut();
        }
        if (draws.chance(ABANDON_PROBABILITY)) {
            // cart adds with no checkout: an abandoned cart
            int adds = draws.chance(0.3) ? 2 : 1;
            for (int i = 0; i < adds; i++) {
                emit(SimulatedEventType.ADD_TO_CART);
            }
            if (draws.chance(REMOVAL_PROBABILITY)) {
                emit(SimulatedEventType.REMOVE_FROM_CART);
            }
        }
        return null;
    }

    long endSecond() {
        return second;
    }

    private SimulatedOrder checkOut() {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = shopper.lines(draws); i > 0; i--) {
            lines.add(shopper.line(shopper.product(draws), draws));
            emit(SimulatedEventType.ADD_TO_CART);
        }
        if (draws.chance(REMOVAL_PROBABILITY)) {
            // a second thought: added, then taken out again before paying
            emit(SimulatedEventType.ADD_TO_CART);
            emit(SimulatedEventType.REMOVE_FROM_CART);
        }
        emit(SimulatedEventType.CHECKOUT);
        Instant placedAt = Instant.ofEpochSecond(second);
        boolean cancelled = draws.chance(cancelProbability);
        if (cancelled) {
            second += 600 + draws.below(3000);
            emit(SimulatedEventType.CANCEL);
        }
        hasPurchased |= !cancelled;
        return SimulatedOrder.of(shopper.customer().id(), placedAt, lines, cancelled);
    }

    private void emit(SimulatedEventType type) {
        second += 10 + draws.below(120);
        sink.event(new SimulatedEvent(shopper.customer().id(), Instant.ofEpochSecond(second), type));
    }
}
