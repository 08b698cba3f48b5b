package io.aisle.productcsv.internal;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.VariantForm;
import io.aisle.taxes.TaxClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The catalog's form for a product of the file. A product without options is sold as its one default variant
 * (the form's own SKU, price, stock and weight); with options, every row is a variant, and a new product's SKU is
 * its first variant's. Variant Taxable FALSE makes the product zero-rated; TRUE keeps its tax class (standard for a new
 * one). The image stays the product's own (the media library holds the file's images).
 */
final class ProductForms {

    private ProductForms() {
    }

    /**
     * {@code current} is the product it updates (null for a new one): a product with options keeps its own SKU,
     * which the file does not name, and a product whose status stays keeps its publishing time, which the file
     * does not name either.
     */
    static ProductForm of(CsvProduct product, String categorySlug, Product current) {
        String currentSku = current == null ? null : current.sku();
        Instant publishAt = current != null && current.status().name().equals(product.status()) ? current.publishAt() : null;
        CsvProduct.Variant first = product.variants().get(0);
        boolean taxable = product.variants().stream().allMatch(CsvProduct.Variant::taxable);
        List<VariantForm> variants = product.optionNames().isEmpty() ? List.of() : product.variants().stream()
                .map(v -> new VariantForm(v.sku(), v.options(), v.price(), v.compareAtPrice(), v.stock(), v.grams()))
                .toList();
        BigDecimal lowest = product.variants().stream().map(CsvProduct.Variant::price)
                .min(Comparator.naturalOrder()).orElseThrow();
        String sku = variants.isEmpty() || currentSku == null ? first.sku() : currentSku;
        return new ProductForm(sku, product.title(), product.vendor(), categorySlug, product.description(),
                variants.isEmpty() ? first.price() : lowest, variants.isEmpty() ? first.stock() : null, null,
                taxable ? null : TaxClass.ZERO.code(), variants.isEmpty() ? first.grams() : null, product.status(), publishAt,
                product.optionNames(), variants, variants.isEmpty() ? first.compareAtPrice() : null);
    }
}
