package io.aisle.media;

import io.aisle.catalog.Product;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the pages draw for a product: its uploaded pictures with their responsive sizes, or, for a product
 * without any (the seeded catalog), the catalog's generated square art. Templates reach it as
 * {@code @productPictures}; a card costs no query while its product's first picture is remembered
 * ({@link PrimaryImages}).
 */
@Component("productPictures")
public class ProductPictures {

    /** How wide a card's picture is drawn: half a phone, a third of a tablet, a grid cell of the desktop page. */
    public static final String CARD_SIZES = "(max-width: 599px) 50vw, (max-width: 899px) 33vw, 240px";
    /** The product page's main picture: the full width on a phone, half of the 1200 px page on a desktop. */
    public static final String PAGE_SIZES = "(max-width: 799px) 100vw, 584px";

    /** A picture as an {@code img} needs it; {@code srcset} is null for the generated art (SVG scales itself). */
    public record Picture(String src, String srcset, int width, int height, String alt) {
    }

    private static final int ART_SIZE = 400;

    private final PrimaryImages primary;
    private final ProductMedia media;
    private final JsonMapper json;

    ProductPictures(PrimaryImages primary, ProductMedia media, JsonMapper json) {
        this.primary = primary;
        this.media = media;
        this.json = json;
    }

    /** The product's first picture, for cards and listings. */
    public Picture card(Product product) {
        ProductImage image = primary.of(List.of(product.id())).get(product.id());
        return image == null ? art(product) : picture(image);
    }

    /**
     * The product page's pictures: those of the chosen variant first, then the product's own, then the other
     * variants', each group in the admin's order (the generated art alone when none was uploaded); and, as JSON for
     * the page's script, the first picture of each variant that has one ({"12": {"src", "srcset", ...}}), so that
     * picking a variant shows its picture without a reload.
     */
    public record Gallery(List<Picture> pictures, String byVariantJson) {

        public Picture main() {
            return pictures.get(0);
        }

        public List<Picture> more() {
            return pictures.subList(1, pictures.size());
        }
    }

    public Gallery gallery(Product product, Long chosenVariantId) {
        List<ProductImage> images = media.of(product.id());
        if (images.isEmpty()) {
            return new Gallery(List.of(art(product)), "{}");
        }
        Map<String, Picture> byVariant = new LinkedHashMap<>();
        images.stream().filter(image -> image.variantId() != null)
                .forEach(image -> byVariant.putIfAbsent(image.variantId().toString(), picture(image)));
        List<Picture> pictures = images.stream()
                .sorted(Comparator.comparingInt(image -> image.variantId() == null ? 1
                        : image.variantId().equals(chosenVariantId) ? 0 : 2))
                .map(ProductPictures::picture)
                .toList();
        return new Gallery(pictures, json.writeValueAsString(byVariant));
    }

    /** A small picture's URL for lists of lines (cart, checkout, wishlist, admin): the first picture's smallest size. */
    public String thumbnail(long productId, String fallbackUrl) {
        ProductImage image = primary.of(List.of(productId)).get(productId);
        return image == null ? fallbackUrl : image.url(image.widths().get(0));
    }

    public String cardSizes() {
        return CARD_SIZES;
    }

    public String pageSizes() {
        return PAGE_SIZES;
    }

    private static Picture art(Product product) {
        return new Picture(product.imageUrl(), null, ART_SIZE, ART_SIZE, "");
    }

    private static Picture picture(ProductImage image) {
        return new Picture(image.src(), image.srcset(), image.width(), image.height(), image.alt());
    }
}
