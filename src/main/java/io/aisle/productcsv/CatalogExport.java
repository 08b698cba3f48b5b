package io.aisle.productcsv;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.media.ProductImage;
import io.aisle.media.ProductMedia;
import io.aisle.platform.PageQuery;
import io.aisle.productcsv.data.ImageSourceRepository;
import io.aisle.productcsv.data.ProductHandleRepository;
import io.aisle.productcsv.internal.ExportedHandles;
import io.aisle.productcsv.internal.ExportedProduct;
import io.aisle.productcsv.internal.ShopifyCsvWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the catalog (every status, not deleted products) as a Shopify product CSV, sorted by handle, in the
 * format the import reads: exporting, importing the file into an empty shop and exporting again gives the same
 * file. A product that was never imported gets a handle made of its name (made unique with its SKU); an import of
 * the file finds the product by its SKUs and keeps that handle from then on. An image is named by the URL it was
 * imported from, else by its address in this shop ({@code AISLE_PUBLIC_URL}).
 */
@Service
public class CatalogExport {

    private final ProductService products;
    private final ProductMedia media;
    private final ProductHandleRepository handles;
    private final ImageSourceRepository sources;
    private final String publicUrl;

    CatalogExport(ProductService products, ProductMedia media, ProductHandleRepository handles,
            ImageSourceRepository sources, @Value("${aisle.productcsv.public-url}") String publicUrl) {
        this.products = products;
        this.media = media;
        this.handles = handles;
        this.sources = sources;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Writes every product of the catalog to {@code out}, and closes it; returns how many. */
    public int write(Writer out) {
        return write(out, null);
    }

    /**
     * Writes the products matching {@code text} (the admin list's search: name, brand or description; null for
     * all) to {@code out}, and closes it; returns how many.
     */
    @Transactional(readOnly = true)
    public int write(Writer out, String text) {
        List<Product> all = all(text);
        List<Long> ids = all.stream().map(Product::id).toList();
        ExportedHandles named = new ExportedHandles(handles.findHandles(ids), handles.findAll());
        Map<Long, String> imported = sources.findByProducts(ids);
        List<ExportedProduct> exported = new ArrayList<>();
        for (Product product : all) {
            List<ExportedProduct.Image> images = media.of(product.id()).stream()
                    .sorted(Comparator.comparingInt(ProductImage::position))
                    .map(image -> new ExportedProduct.Image(imported.getOrDefault(image.id(), publicUrl + image.src()),
                            image.alt(), image.variantId()))
                    .toList();
            exported.add(new ExportedProduct(product, product.status().name(), named.of(product),
                    products.options(product.id()), products.variants(product.id()), images));
        }
        exported.sort(Comparator.comparing(ExportedProduct::handle));
        try (ShopifyCsvWriter csv = new ShopifyCsvWriter(out)) {
            exported.forEach(csv::write);
        }
        return exported.size();
    }

    private List<Product> all(String text) {
        List<Product> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Product> content = products.searchEveryStatus(new ProductQuery(text, null, null, null, null, null, null,
                    ProductSort.NAME, new PageQuery(page, PageQuery.MAX_SIZE))).content();
            all.addAll(content);
            if (content.size() < PageQuery.MAX_SIZE) {
                return all;
            }
        }
    }
}
