package io.aisle.productcsv.internal;

import io.aisle.catalog.Product;
import io.aisle.catalog.Variant;
import java.util.List;

/**
 * A product as the export writes it: its handle, option names (empty for one default variant), variants in their
 * order and images in theirs, each image with the URL the file names it by and the variant it shows (or null).
 */
public record ExportedProduct(Product product, String status, String handle, List<String> options,
        List<Variant> variants, List<Image> images) {

    public record Image(String src, String alt, Long variantId) {
    }
}
