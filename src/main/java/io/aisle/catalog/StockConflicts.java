package io.aisle.catalog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Stock takes the stock guard refused on this instance ({@code aisle.catalog.stock.conflicts}): a checkout asked for
 * more units than were left when it took them, most often because another buyer took them first. A rising rate
 * on a best-seller says the shop sells out under contention; it is never an oversell, which the guard prevents.
 */
@Component
class StockConflicts {

    private final Counter refused;

    StockConflicts(MeterRegistry registry) {
        this.refused = Counter.builder("aisle.catalog.stock.conflicts")
                .description("Stock takes refused by the stock guard (fewer units left than asked)")
                .register(registry);
    }

    void refused() {
        refused.increment();
    }
}
