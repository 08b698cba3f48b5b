package io.aisle.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A picture of a product, or of one of its variants when {@code variantId} is set. {@code width} and
 * {@code height} are those of the largest stored size; {@code widths} are the stored widths, smallest first
 * (never wider than the upload: pictures are not upscaled). {@code base} is the storage name without the
 * width and extension, e.g. {@code products/12/3fa9c2e1d0b4a7c1}.
 */
public record ProductImage(long id, long productId, Long variantId, int position, String alt, int width, int height,
        List<Integer> widths, String base, String format) {

    /** The width served when nothing better is known: the first of 800 px or more, else the largest. */
    static final int DEFAULT_WIDTH = 800;

    /** The URL of this picture at one of its stored widths. */
    public String url(int storedWidth) {
        return "/media/" + base + "-" + storedWidth + "." + format;
    }

    /** The default size's URL, for {@code src}. */
    @JsonProperty("src")
    public String src() {
        return url(widths.stream().filter(w -> w >= DEFAULT_WIDTH).findFirst().orElse(widths.get(widths.size() - 1)));
    }

    /** Every stored size, for {@code srcset}: "/media/...-200.jpg 200w, /media/...-400.jpg 400w". */
    @JsonProperty("srcset")
    public String srcset() {
        return widths.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The height of the picture at a stored width, keeping its aspect ratio. */
    public int heightAt(int storedWidth) {
        return Math.max(1, Math.round((float) height * storedWidth / width));
    }
}
