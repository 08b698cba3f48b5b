package io.aisle.media;

import io.aisle.media.data.ProductImageRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The first picture of each product, remembered for {@code aisle.media.cache-ttl}: a listing's cards ask for
 * theirs one by one while the page renders, and most products' answer does not change for hours. This
 * instance forgets a product's entry at once when its pictures change; others within the TTL.
 */
@Component
class PrimaryImages {

    private static final int MAX_ENTRIES = 50_000;

    private record Entry(Optional<ProductImage> image, Instant expires) {
    }

    private final ProductImageRepository images;
    private final Clock clock;
    private final MediaProperties properties;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    PrimaryImages(ProductImageRepository images, Clock clock, MediaProperties properties) {
        this.images = images;
        this.clock = clock;
        this.properties = properties;
    }

    Map<Long, ProductImage> of(Collection<Long> productIds) {
        Instant now = clock.instant();
        Map<Long, ProductImage> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : productIds) {
            Entry entry = entries.get(id);
            if (entry == null || entry.expires().isBefore(now)) {
                missing.add(id);
            } else {
                entry.image().ifPresent(image -> found.put(id, image));
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, ProductImage> loaded = new HashMap<>();
            images.findPrimary(missing).forEach(image -> loaded.put(image.productId(), image));
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
            Instant expires = now.plus(properties.cacheTtl());
            missing.forEach(id -> entries.put(id, new Entry(Optional.ofNullable(loaded.get(id)), expires)));
            found.putAll(loaded);
        }
        return found;
    }

    void forget(long productId) {
        entries.remove(productId);
    }
}
