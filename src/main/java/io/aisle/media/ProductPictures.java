package io.aisle.media;

import io.aisle.catalog.Product;
import java.util.List;
import org.springframework.stereotype.Component;

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

    ProductPictures(PrimaryImages primary, ProductMedia media) {
        this.primary = primary;
        this.media = media;
    }

    /** The product's first picture, for cards and listings. */
    public Picture card(Product product) {
        ProductImage image = primary.of(List.of(product.id())).get(product.id());
        return image == null ? art(product) : picture(image);
    }

    /** Every picture of the product in order, for its page; the generated art alone when none was uploaded. */
    public List<Picture> gallery(Product product) {
        List<ProductImage> images = media.of(product.id());
        return images.isEmpty() ? List.of(art(product)) : images.stream().map(ProductPictures::picture).toList();
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
