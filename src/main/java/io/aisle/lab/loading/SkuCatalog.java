package io.aisle.lab.loading;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The shop's products by SKU, read once per SKU for a load. */
final class SkuCatalog {

    private final ProductService products;
    private final Map<String, Product> bySku = new HashMap<>();

    SkuCatalog(ProductService products) {
        this.products = products;
    }

    /** Makes sure these SKUs are known; fails if one is not a listed product of the shop. */
    void require(Collection<String> skus) {
        Set<String> missing = skus.stream().filter(sku -> !bySku.containsKey(sku)).collect(Collectors.toSet());
        if (missing.isEmpty()) {
            return;
        }
        products.findAllBySku(missing).forEach(product -> bySku.put(product.sku(), product));
        missing.removeAll(bySku.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("SKUs of the simulated catalog that the shop does not list: " + missing);
        }
    }

    Product get(String sku) {
        return bySku.get(sku);
    }
}
