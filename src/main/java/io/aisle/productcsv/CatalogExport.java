package io.aisle.productcsv;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.Variant;
import io.aisle.platform.PageQuery;
import io.aisle.productcsv.data.ProductHandleRepository;
import io.aisle.productcsv.internal.ExportedProduct;
import io.aisle.productcsv.internal.ExportedHandles;
import io.aisle.productcsv.internal.ShopifyCsvWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the catalog as a Shopify product CSV, sorted by handle, in the format the import reads: exporting,
 * importing the file into an empty shop and exporting again gives the same file. A product that was never
 * imported gets a handle made of its name (made unique with its SKU); the file does not store it, so an import of
 * the file finds the product by its SKU and keeps that handle from then on.
 */
@Service
public class CatalogExport {

    private final ProductService products;
    private final ProductHandleRepository handles;

    CatalogExport(ProductService products, ProductHandleRepository handles) {
        this.products = products;
        this.handles = handles;
    }

    /** Writes every product of the catalog (not deleted ones) to {@code out}, and closes it; returns how many. */
    @Transactional(readOnly = true)
    public int write(Writer out) {
        List<Product> all = all();
        ExportedHandles named = new ExportedHandles(handles.findHandles(all.stream().map(Product::id).toList()),
                handles.findAll());
        List<ExportedProduct> exported = new ArrayList<>();
        for (Product product : all) {
            exported.add(new ExportedProduct(product, "ACTIVE", named.of(product), List.of(), List.of(
                    new Variant(0, product.id(), product.sku(), List.of(), product.price(), null, product.stock(),
                            product.weightGrams(), 1)), List.of()));
        }
        exported.sort(Comparator.comparing(ExportedProduct::handle));
        try (ShopifyCsvWriter csv = new ShopifyCsvWriter(out)) {
            exported.forEach(csv::write);
        }
        return exported.size();
    }

    private List<Product> all() {
        List<Product> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Product> content = products.search(ProductQuery.all(new PageQuery(page, PageQuery.MAX_SIZE))).content();
            all.addAll(content);
            if (content.size() < PageQuery.MAX_SIZE) {
                return all;
            }
        }
    }
}
