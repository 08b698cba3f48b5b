/**
 * Product media: pictures the admin uploads for a product or one of its variants, checked by decoding
 * (byte and pixel limits, metadata stripped by re-encoding), stored in responsive widths through a small
 * storage interface (local files under {@code $AISLE_HOME/media}, or an S3-compatible object store) and
 * served under {@code /media/} with immutable cache headers. Owns the table {@code product_images}.
 * {@link io.aisle.media.ProductMedia} is the public face; {@link io.aisle.media.ProductPictures} gives the pages a
 * product's picture (uploaded, else the catalog's generated art). Depends on the platform and on catalog's
 * public face (which products exist).
 */
@ApplicationModule(allowedDependencies = { "catalog", "platform" })
package io.aisle.media;

import org.springframework.modulith.ApplicationModule;
