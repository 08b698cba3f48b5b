package io.aisle.productcsv.internal;

import io.aisle.platform.InvalidRequestException;
import org.springframework.stereotype.Component;

/** The file's images of a product, into the media library. */
@Component
class ImageImports {

    void importAll(long productId, CsvProduct product) {
        if (!product.images().isEmpty() || product.variants().stream().anyMatch(v -> !v.image().isEmpty())) {
            throw new InvalidRequestException("Image Src", "cannot be imported yet: the media library is not part of this shop");
        }
    }
}
