package io.aisle.productcsv.internal;

import io.aisle.catalog.CategoryService;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.Variant;
import io.aisle.platform.AisleException;
import io.aisle.productcsv.RowError;
import io.aisle.productcsv.data.ProductHandleRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked file's products into the catalog in ONE transaction, after taking the import lock: a product is
 * the one its handle names, else the one owning one of its SKUs, updated; otherwise created. Anything the catalog
 * refuses (a SKU of another or a deleted product, a category closed to products) is collected for every product,
 * and then the whole transaction rolls back: a file is imported whole or not at all.
 */
@Component
public class CatalogWriter {

    /** How long an import waits for another one (same file or not) to finish before giving up. */
    static final Duration LOCK_PATIENCE = Duration.ofMinutes(30);

    private final ProductService products;
    private final CategoryService categories;
    private final ProductHandleRepository handles;
    private final StockLevels stock;
    private final ImageImports images;

    CatalogWriter(ProductService products, CategoryService categories, ProductHandleRepository handles,
            StockLevels stock, ImageImports images) {
        this.products = products;
        this.categories = categories;
        this.handles = handles;
        this.stock = stock;
        this.images = images;
    }

    /** What an import did. */
    public record Written(int created, int updated) {
    }

    /**
     * Writes the products, calling {@code progress} with the number written so far (and -1 while it waits for
     * another import); throws {@link ImportRefusedException} (rolling everything back) when the catalog refuses any.
     */
    @Transactional
    public Written write(List<CsvProduct> file, String runName, IntConsumer progress) {
        lock(progress);
        Map<String, Long> byHandle = handles.findProductIds(file.stream().map(CsvProduct::handle).toList());
        Map<String, Long> bySku = productsBySku(file);
        List<RowError> errors = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (int i = 0; i < file.size(); i++) {
            CsvProduct product = file.get(i);
            int before = errors.size();
            Long id = match(product, byHandle, bySku, errors);
            String slug = slugs.computeIfAbsent(product.category().toLowerCase(Locale.ROOT),
                    name -> categories.findOrCreate(Slugs.ofAny(product.category(), "category", 64), product.category()));
            if (slug == null) {
                errors.add(new RowError(product.row(), ShopifyColumns.TYPE,
                        "names a category kept for imported order histories, where no product may go"));
            }
            if (errors.size() == before) { // after a refusal the rest is still written: the report then lists it all
                try {
                    if (id == null) {
                        id = products.create(ProductForms.of(product, slug, null)).id();
                        created++;
                    } else {
                        products.update(id, ProductForms.of(product, slug, products.get(id)));
                        updated++;
                    }
                    handles.release(product.handle(), id);
                    handles.save(id, product.handle());
                    List<Variant> variants = products.currentVariants(id);
                    stock.match(id, product, variants, runName);
                    images.importAll(id, product, variants);
                } catch (AisleException refused) {
                    errors.add(new RowError(product.row(), "", refused.detail()));
                }
            }
            progress.accept(i + 1);
        }
        if (!errors.isEmpty()) {
            throw new ImportRefusedException(errors);
        }
        return new Written(created, updated);
    }

    /** Waits for the import lock, telling {@code progress} (-1) meanwhile, up to {@link #LOCK_PATIENCE}. */
    private void lock(IntConsumer progress) {
        Instant giveUp = Instant.now().plus(LOCK_PATIENCE);
        while (true) {
            try {
                handles.lockImports();
                return;
            } catch (PessimisticLockingFailureException busy) {
                if (Instant.now().isAfter(giveUp)) {
                    throw busy;
                }
                progress.accept(-1);
            }
        }
    }

    private Map<String, Long> productsBySku(List<CsvProduct> file) {
        Set<String> skus = file.stream().flatMap(p -> p.variants().stream()).map(CsvProduct.Variant::sku)
                .collect(Collectors.toSet());
        Map<String, Long> owners = new HashMap<>();
        products.productIdsBySku(skus).forEach((sku, id) -> owners.put(sku.toLowerCase(Locale.ROOT), id));
        return owners;
    }

    /** The product the file's product is, or null for a new one; a SKU of another product is an error. */
    private static Long match(CsvProduct product, Map<String, Long> byHandle, Map<String, Long> bySku,
            List<RowError> errors) {
        Long id = byHandle.get(product.handle().toLowerCase(Locale.ROOT));
        for (CsvProduct.Variant variant : product.variants()) {
            Long owner = bySku.get(variant.sku().toLowerCase(Locale.ROOT));
            if (owner == null) {
                continue;
            }
            if (id == null) {
                id = owner;
            } else if (!id.equals(owner)) {
                errors.add(new RowError(variant.row(), ShopifyColumns.VARIANT_SKU, "SKU " + variant.sku()
                        + " belongs to another product (id " + owner + ") than handle " + product.handle()));
            }
        }
        return id;
    }
}
