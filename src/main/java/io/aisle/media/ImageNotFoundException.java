package io.aisle.media;

import io.aisle.platform.NotFoundException;

/** No such picture of this product. */
public class ImageNotFoundException extends NotFoundException {

    public ImageNotFoundException(long productId, long imageId) {
        super("Product " + productId + " has no image " + imageId + ".");
    }
}
