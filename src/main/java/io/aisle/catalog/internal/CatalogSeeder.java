package io.aisle.catalog.internal;

import io.aisle.catalog.ProductForm;
import io.aisle.catalog.VariantForm;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.data.CategoryRepository;
import io.aisle.catalog.data.ProductRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.CsvRecords;
import io.aisle.taxes.TaxClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Seeds the five categories and the sample catalog ({@code data/sample_products.csv}) at start.
 * Idempotent: a product is added only if no product ever had its SKU, so products an admin deleted
 * stay deleted. Safe on several instances starting together: categories are inserted if absent and a product
 * another instance added first is skipped, both by their unique keys. Off with {@code aisle.catalog.seed=false}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "aisle.catalog.seed", havingValue = "true", matchIfMissing = true)
public class CatalogSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);
    static final String CATALOG = "data/sample_products.csv";
    /** Sizes and colours of some clothing: product SKU, option names, values (both split by |), price, sale, stock. */
    static final String VARIANTS = "data/sample_variants.csv";
    static final List<String[]> CATEGORIES = List.of(
            new String[] {"electronics", "Electronics"},
            new String[] {"clothing", "Clothing"},
            new String[] {"books", "Books"},
            new String[] {"home-garden", "Home & Garden"},
            new String[] {"sports", "Sports"});

    private final CategoryRepository categories;
    private final ProductRepository products;
    private final ProductService productService;

    CatalogSeeder(CategoryRepository categories, ProductRepository products, ProductService productService) {
        this.categories = categories;
        this.products = products;
        this.productService = productService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int i = 0; i < CATEGORIES.size(); i++) {
            categories.insertIfAbsent(CATEGORIES.get(i)[0], CATEGORIES.get(i)[1], i);
        }
        int added = 0;
        Map<String, List<List<String>>> variants = readCatalog(VARIANTS).stream()
                .collect(Collectors.groupingBy(row -> row.get(0), LinkedHashMap::new, Collectors.toList()));
        for (List<String> row : readCatalog()) {
            if (!products.existsBySku(row.get(0)) && added(withVariants(form(row), variants.getOrDefault(row.get(0), List.of())))) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Seeded {} products from {}", added, CATALOG);
        }
    }

    /** Adds the product; false if another instance starting at the same moment added it first (the SKU is unique). */
    private boolean added(ProductForm form) {
        try {
            productService.create(form);
            return true;
        } catch (ConflictException | DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * The product of a catalog row (sku, name, brand, category, description, price, stock). Books are
     * reduced-rated in most countries that have a reduced rate; everything else in the sample is standard.
     */
    static ProductForm form(List<String> row) {
        String taxClass = (row.get(3).equals("books") ? TaxClass.REDUCED : TaxClass.STANDARD).code();
        return new ProductForm(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4),
                new BigDecimal(row.get(5)), Integer.parseInt(row.get(6)), null, taxClass, null);
    }

    /** The product sold in the sizes and colours of its rows in {@link #VARIANTS} (none: as it is). */
    static ProductForm withVariants(ProductForm form, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return form;
        }
        List<String> names = List.of(rows.get(0).get(1).split("\\|"));
        List<VariantForm> variants = rows.stream().map(row -> {
            List<String> values = List.of(row.get(2).split("\\|"));
            String sku = form.sku() + "-" + String.join("-", values).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "");
            return new VariantForm(sku, values, new BigDecimal(row.get(3)),
                    row.get(4).isBlank() ? null : new BigDecimal(row.get(4)), Integer.parseInt(row.get(5)), null);
        }).toList();
        return new ProductForm(form.sku(), form.name(), form.brand(), form.category(), form.description(), form.price(),
                null, form.imageUrl(), form.taxClass(), form.weightGrams(), null, null, names, variants, null);
    }

    /** The SKUs of the sample catalog's products. */
    public static java.util.Set<String> sampleSkus() {
        return readCatalog().stream().map(row -> row.get(0)).collect(Collectors.toSet());
    }

    static List<List<String>> readCatalog() {
        return readCatalog(CATALOG);
    }

    private static List<List<String>> readCatalog(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            List<List<String>> rows = CsvRecords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
