package io.aisle.productcsv.internal;

import io.aisle.catalog.Product;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The handles an export writes: a product's stored handle, or one made of its name, then of its name and SKU when
 * that is taken, so no two products of a file share one.
 */
public final class ExportedHandles {

    private final Map<Long, String> stored;
    private final Set<String> taken;

    public ExportedHandles(Map<Long, String> stored, Iterable<String> allStored) {
        this.stored = stored;
        this.taken = new HashSet<>();
        allStored.forEach(handle -> taken.add(handle.toLowerCase(Locale.ROOT)));
    }

    public String of(Product product) {
        String handle = stored.get(product.id());
        if (handle != null) {
            return handle;
        }
        String byName = Slugs.ofAny(product.name(), "product", 150);
        if (taken.add(byName)) {
            return byName;
        }
        String withSku = byName + "-" + Slugs.of(product.sku(), 49);
        for (int n = 2; !taken.add(withSku); n++) {
            withSku = byName + "-" + Slugs.of(product.sku(), 40) + "-" + n;
        }
        return withSku;
    }
}
