package io.aisle.lab.catalog;

import io.aisle.catalog.BulkProduct;
import io.aisle.catalog.CatalogBulkLoad;
import io.aisle.media.ProductImage;
import io.aisle.media.ProductMedia;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one chunk of generated products in one transaction: the catalog's rows, then their pictures. The first
 * product of a category in a run gets the category's pictures uploaded (stored in every width, as an admin's
 * upload is); every other product shares those files.
 */
@Service
class CatalogSeeding {

    private final CatalogBulkLoad catalog;
    private final ProductMedia media;
    /** The uploaded pictures of each category in this run. */
    private final Map<String, List<ProductImage>> pictures = new HashMap<>();

    CatalogSeeding(CatalogBulkLoad catalog, ProductMedia media) {
        this.catalog = catalog;
        this.media = media;
    }

    /** What a chunk added. */
    record Written(int products, int variants, int reviews, int pictures) {
    }

    @Transactional
    public Written write(List<BulkProduct> products) {
        Map<String, Long> ids = catalog.insert(products);
        List<List<Map.Entry<Long, String>>> byPosition = new ArrayList<>();
        Map<String, List<List<Map.Entry<Long, String>>>> shares = new HashMap<>();
        int pictureCount = 0;
        for (BulkProduct p : products) {
            long id = ids.get(p.sku());
            List<ProductImage> own = pictures.get(p.category());
            if (own == null) {
                own = upload(id, p);
                pictures.put(p.category(), own);
                pictureCount += own.size();
                continue;
            }
            int count = 1 + (int) (Math.abs(p.sku().hashCode()) % SeedPictures.PER_CATEGORY);
            List<List<Map.Entry<Long, String>>> perPosition = shares.computeIfAbsent(p.category(), c -> new ArrayList<>());
            for (int i = 0; i < count; i++) {
                if (perPosition.size() == i) {
                    perPosition.add(new ArrayList<>());
                }
                perPosition.get(i).add(Map.entry(id, p.name() + (i == 0 ? "" : ", view " + (i + 1))));
                pictureCount++;
            }
        }
        shares.forEach((category, perPosition) -> {
            for (int i = 0; i < perPosition.size(); i++) {
                media.share(pictures.get(category).get(i), perPosition.get(i), i + 1);
            }
        });
        return new Written(products.size(), products.stream().mapToInt(p -> p.variants().size()).sum(),
                products.stream().mapToInt(p -> p.reviews().size()).sum(), pictureCount);
    }

    /** Forgets the pictures uploaded in a chunk that did not commit. */
    void forgetPictures() {
        pictures.clear();
    }

    private List<ProductImage> upload(long productId, BulkProduct product) {
        int category = categoryNumber(product.category());
        List<ProductImage> uploaded = new ArrayList<>();
        for (int k = 0; k < SeedPictures.PER_CATEGORY; k++) {
            uploaded.add(media.upload(productId, null, product.category() + "-" + k + ".png",
                    SeedPictures.draw(category, k), product.name() + (k == 0 ? "" : ", view " + (k + 1))));
        }
        return uploaded;
    }

    private static int categoryNumber(String slug) {
        for (int i = 0; i < Vocabulary.CATEGORIES.size(); i++) {
            if (Vocabulary.CATEGORIES.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return 0;
    }
}
