package io.aisle.taxes.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.taxes.TaxesProperties;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The {@link TaxTable} as last read, for {@link TaxesProperties#cacheTtl()}: checkout asks for the rules of
 * every order, and rates change rarely, so this keeps two queries off each order. A change on this instance
 * drops the copy once its transaction commits, so the next order here is priced with it; other instances
 * read it again within the TTL. Caffeine blocks the invalidation until a load of the same key finishes, so a
 * read racing a change cannot put the old table back.
 */
@Component
public class TaxTableCache {

    private final Cache<Boolean, TaxTable> table;
    private final boolean enabled;

    public TaxTableCache(TaxesProperties properties) {
        this.enabled = !properties.cacheTtl().isZero();
        this.table = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(1).build();
    }

    public TaxTable get(Supplier<TaxTable> loader) {
        return enabled ? table.get(Boolean.TRUE, key -> loader.get()) : loader.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TaxesChanged event) {
        table.invalidateAll();
    }
}
