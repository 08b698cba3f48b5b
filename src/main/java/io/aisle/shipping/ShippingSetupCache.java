package io.aisle.shipping;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.aisle.shipping.data.ShippingMethodRepository;
import io.aisle.shipping.data.ShippingZoneRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The shipping configuration, read once per {@link ShippingProperties#cacheTtl()}: every checkout prices
 * shipping, and four queries per order would cost more than the whole configuration is worth. A change on
 * this instance drops the copy once its transaction commits, so this instance never prices by an old
 * configuration; other instances catch up within the TTL. Caffeine blocks the drop until a load in flight
 * has finished, so a load racing a change cannot put the old configuration back.
 */
@Component
class ShippingSetupCache {

    private final LoadingCache<Boolean, ShippingSetup> cache;
    private final boolean enabled;
    private final ShippingZoneRepository zones;
    private final ShippingMethodRepository methods;

    ShippingSetupCache(ShippingProperties properties, ShippingZoneRepository zones, ShippingMethodRepository methods) {
        this.zones = zones;
        this.methods = methods;
        this.enabled = !properties.cacheTtl().isZero();
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(1).build(key -> load());
    }

    ShippingSetup current() {
        return enabled ? cache.get(Boolean.TRUE) : load();
    }

    /** Drops the cached configuration after the current transaction commits (at once outside one). */
    void dropAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.invalidateAll();
                }
            });
        } else {
            cache.invalidateAll();
        }
    }

    /**
     * The configuration as stored now, bypassing the cache. Four reads that a change may interleave with;
     * such a load is in flight when the change commits, so the drop after commit waits for it and throws it away.
     */
    ShippingSetup load() {
        return new ShippingSetup(zones.findAll(), zones.findAllCountries(), methods.findAll(), methods.findAllBands());
    }
}
