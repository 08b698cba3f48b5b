package io.aisle.catalog.search;

import io.aisle.catalog.Product;
import io.aisle.platform.CsvRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The seed catalog as {@link Product}s (ids 1 to 77 in file order), without a database. */
final class SampleProducts {

    static final Map<String, String> CATEGORY_NAMES = Map.of("electronics", "Electronics", "clothing", "Clothing",
            "books", "Books", "home-garden", "Home & Garden", "sports", "Sports");

    private SampleProducts() {
    }

    static List<Product> load() {
        try (InputStream in = SampleProducts.class.getResourceAsStream("/data/sample_products.csv")) {
            List<List<String>> rows = CsvRecords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Product> products = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                products.add(product(products.size() + 1, row.get(0), row.get(1), row.get(2), row.get(3), row.get(4),
                        new BigDecimal(row.get(5)), Integer.parseInt(row.get(6))));
            }
            return products;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Product product(long id, String sku, String name, String brand, String category, String description,
            BigDecimal price, int stock) {
        return new Product(id, sku, name, brand, new Product.CategoryRef(category, CATEGORY_NAMES.get(category)),
                description, price, "USD", stock, null, BigDecimal.ZERO, 0, Instant.EPOCH, "standard", 0,
                io.aisle.catalog.ProductStatus.ACTIVE, null, price, null, null, "");
    }
}
