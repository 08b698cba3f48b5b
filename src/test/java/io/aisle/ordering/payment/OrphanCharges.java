package io.aisle.ordering.payment;

import java.util.concurrent.ThreadLocalRandom;

/** Order ids far above any the shop will reach: a charge made for one of them never gets its order. */
final class OrphanCharges {

    private OrphanCharges() {
    }

    static long unusedOrderId() {
        return 9_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
    }
}
