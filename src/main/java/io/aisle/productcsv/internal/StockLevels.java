package io.aisle.productcsv.internal;

import io.aisle.catalog.ProductService;
import io.aisle.catalog.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Makes each variant's stock the file's Variant Inventory Qty. A new variant starts with it; an existing one's
 * stock moves by an audited adjustment (reason: the import run), only when it differs, so importing a file again
 * adjusts nothing.
 */
@Component
class StockLevels {

    private final ProductService products;

    StockLevels(ProductService products) {
        this.products = products;
    }

    void match(long productId, CsvProduct product, List<Variant> stored, String runName) {
        Map<String, Variant> bySku = stored.stream()
                .collect(Collectors.toMap(v -> v.sku().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        for (CsvProduct.Variant variant : product.variants()) {
            Variant current = bySku.get(variant.sku().toLowerCase(Locale.ROOT));
            if (current != null && current.stock() != variant.stock()) {
                products.adjustStock(productId, current.id(), variant.stock() - current.stock(),
                        "Catalog import (" + runName + ")", null);
            }
        }
    }
}
