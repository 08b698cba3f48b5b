package io.aisle.productcsv.internal;

import io.aisle.catalog.Variant;
import io.aisle.media.ProductImage;
import io.aisle.media.ProductMedia;
import io.aisle.productcsv.data.ImageSourceRepository;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The file's images of a product, into the media library ({@link ProductMedia#importFrom}, which downloads and
 * checks each like an upload, and gives the same picture for the same source again). An image named as a row's
 * Variant Image shows that variant. A re-import adds the images the product lacks and sets the alt text of the
 * others; it neither reorders nor removes pictures. Each picture's source URL is kept, for the export.
 */
@Component
class ImageImports {

    private final ProductMedia media;
    private final ImageSourceRepository sources;
    private final String publicUrl;

    ImageImports(ProductMedia media, ImageSourceRepository sources,
            @Value("${aisle.productcsv.public-url}") String publicUrl) {
        this.media = media;
        this.sources = sources;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void importAll(long productId, CsvProduct product, List<Variant> variants) {
        Map<String, Long> variantBySku = new LinkedHashMap<>();
        variants.forEach(v -> variantBySku.put(v.sku().toLowerCase(Locale.ROOT), v.id()));
        Map<String, Long> variantOfImage = new LinkedHashMap<>();
        for (CsvProduct.Variant variant : product.variants()) {
            if (!variant.image().isEmpty()) {
                variantOfImage.putIfAbsent(variant.image(), variantBySku.get(variant.sku().toLowerCase(Locale.ROOT)));
            }
        }
        // the export names a picture uploaded here by its address here: importing that file into this shop again
        // finds the picture rather than downloading it from itself
        Map<String, ProductImage> own = new LinkedHashMap<>();
        media.of(productId).forEach(image -> own.put(publicUrl + image.src(), image));
        int next = 0;
        for (CsvProduct.Image image : product.images()) {
            ProductImage found = own.get(image.src());
            if (found != null) {
                describe(productId, found, image.alt());
            } else {
                save(productId, media.importFrom(productId, variantOfImage.get(image.src()), URI.create(image.src()),
                        image.alt(), image.position()), image.src(), image.alt());
            }
            next = Math.max(next, image.position());
        }
        for (Map.Entry<String, Long> variantImage : variantOfImage.entrySet()) {
            if (product.images().stream().noneMatch(image -> image.src().equals(variantImage.getKey()))
                    && !own.containsKey(variantImage.getKey())) {
                save(productId, media.importFrom(productId, variantImage.getValue(), URI.create(variantImage.getKey()),
                        "", ++next), variantImage.getKey(), null);
            }
        }
    }

    private void save(long productId, ProductImage image, String source, String alt) {
        describe(productId, image, alt);
        sources.save(image.id(), productId, source);
    }

    private void describe(long productId, ProductImage image, String alt) {
        if (alt != null && !Objects.equals(image.alt(), alt.strip())) {
            media.describe(productId, image.id(), alt);
        }
    }
}
