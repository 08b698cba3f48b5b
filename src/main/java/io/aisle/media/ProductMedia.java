package io.aisle.media;

import io.aisle.catalog.ProductService;
import io.aisle.media.data.ProductImageRepository;
import io.aisle.media.internal.ImageDownloader;
import io.aisle.media.internal.PictureFiles;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products' pictures. An upload is checked and its sizes stored before its row is written, so a crash in
 * between leaves unreferenced files (harmless), never a row without files. The same bytes uploaded twice
 * for a product (or at once) give one picture: the unique (product, content hash) key decides, and the
 * loser's files are removed. Positions are unique per product; a reorder names every picture once.
 */
@Service
public class ProductMedia {

    private static final Logger log = LoggerFactory.getLogger(ProductMedia.class);
    private static final int MAX_ALT = 300;

    private final ProductService products;
    private final ProductImageRepository images;
    private final PictureFiles files;
    private final ImageDownloader downloader;
    private final PrimaryImages primary;
    private final ImageRows rows;
    private final Clock clock;

    ProductMedia(ProductService products, ProductImageRepository images, PictureFiles files, ImageDownloader downloader,
            PrimaryImages primary, Clock clock) {
        this.products = products;
        this.images = images;
        this.files = files;
        this.downloader = downloader;
        this.primary = primary;
        this.rows = new ImageRows(images, files, primary, clock);
        this.clock = clock;
    }

    /** The product's pictures in the admin's order; empty when it has none (pages then show its generated art). */
    public List<ProductImage> of(long productId) {
        return images.findByProduct(productId);
    }

    /** The first picture of each product that has one, for cards and listings. */
    public Map<Long, ProductImage> primaryOf(Collection<Long> productIds) {
        return productIds.isEmpty() ? Map.of() : primary.of(productIds);
    }

    /**
     * Adds a picture after the product's others. {@code filename} is only logged: the format is read from the
     * bytes. Throws {@link ImageRejectedException} for anything that is not a picture within the limits.
     */
    public ProductImage upload(long productId, Long variantId, String filename, byte[] bytes, String alt) {
        String checkedAlt = checkTarget(productId, variantId, alt);
        Optional<ProductImage> same = images.findByContent(productId, PictureFiles.sha256(bytes));
        if (same.isPresent()) {
            return same.get();
        }
        ProductImage image = rows.insert(files.store(productId, variantId, checkedAlt, bytes, null), 0);
        log.info("Stored picture {} of product {} (uploaded as '{}')", image.id(), productId, filename);
        return image;
    }

    /**
     * The catalog import's way in: downloads {@code source} (http or https, within the size and time limits),
     * then checks it like an upload. Importing the same source for the product again returns the same picture.
     * {@code position} is used when free, else the picture goes last.
     */
    public ProductImage importFrom(long productId, Long variantId, URI source, String alt, int position) {
        String checkedAlt = checkTarget(productId, variantId, alt);
        String sourceHash = PictureFiles.sha256(source.toString().getBytes(StandardCharsets.UTF_8));
        Optional<ProductImage> imported = images.findBySource(productId, sourceHash);
        if (imported.isPresent()) {
            return imported.get();
        }
        byte[] bytes = downloader.download(source);
        Optional<ProductImage> same = images.findByContent(productId, PictureFiles.sha256(bytes));
        if (same.isPresent()) {
            return same.get();
        }
        return rows.insert(files.store(productId, variantId, checkedAlt, bytes, sourceHash), position);
    }

    /** Puts the product's pictures in this order; the list must name each of them exactly once. */
    @Transactional
    public List<ProductImage> reorder(long productId, List<Long> imageIds) {
        products.get(productId);
        List<Long> current = images.lockIds(productId);
        if (imageIds.size() != current.size() || !new HashSet<>(current).equals(new HashSet<>(imageIds))) {
            throw new ConflictException("Stale picture list",
                    "The new order must list every picture of the product exactly once; reload and try again.",
                    Map.of("imageIds", current));
        }
        images.moveAside(productId);
        for (int i = 0; i < imageIds.size(); i++) {
            images.setPosition(imageIds.get(i), i + 1);
        }
        primary.forget(productId);
        return images.findByProduct(productId);
    }

    /** Sets the picture's alternative text ("" for a decorative picture). */
    public ProductImage describe(long productId, long imageId, String alt) {
        String checkedAlt = checkAlt(alt);
        if (!images.setAlt(productId, imageId, checkedAlt)) {
            throw new ImageNotFoundException(productId, imageId);
        }
        primary.forget(productId);
        return images.find(productId, imageId).orElseThrow(() -> new ImageNotFoundException(productId, imageId));
    }

    /** Deletes the picture, then its files (a crash in between leaves only unreferenced files). */
    public void delete(long productId, long imageId) {
        ProductImage image = images.find(productId, imageId)
                .orElseThrow(() -> new ImageNotFoundException(productId, imageId));
        if (!images.delete(productId, imageId)) {
            throw new ImageNotFoundException(productId, imageId);
        }
        primary.forget(productId);
        if (!images.isBaseUsed(image.base())) {
            files.delete(image);
        }
    }

    /**
     * Shows the files of an existing picture as a picture of each of these products too (at {@code position}),
     * with the alt text given for each, without storing any file again: a generated catalog of 100,000 products
     * shares a few dozen pictures. Deleting one of the rows keeps the files while another row uses them.
     */
    @Transactional
    public void share(ProductImage picture, List<Map.Entry<Long, String>> altByProduct, int position) {
        if (!altByProduct.isEmpty()) {
            String contentHash = images.findContentHash(picture.id())
                    .orElseThrow(() -> new ImageNotFoundException(picture.productId(), picture.id()));
            images.copyTo(picture, contentHash, altByProduct, position, clock.instant());
        }
    }

    private String checkTarget(long productId, Long variantId, String alt) {
        products.get(productId);
        // uncached: a catalog import may have added the variant a moment ago, in this very transaction
        if (variantId != null && products.currentVariants(productId).stream().noneMatch(v -> v.id() == variantId)) {
            throw new InvalidRequestException("variantId", "must be a variant of the product");
        }
        return checkAlt(alt);
    }

    private static String checkAlt(String alt) {
        String stripped = alt == null ? "" : alt.strip();
        if (stripped.length() > MAX_ALT) {
            throw new InvalidRequestException("alt", "must be at most " + MAX_ALT + " characters");
        }
        return stripped;
    }
}
