package io.aisle.productcsv.internal;

import java.text.Normalizer;
import java.util.Locale;

/** URL words made of names: "Kitchen & Dining" → "kitchen-dining". */
final class Slugs {

    private Slugs() {
    }

    /** Lower-case ASCII letters and digits joined by '-', at most {@code max} characters; empty when none are left. */
    static String of(String name, int max) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-$", "");
    }

    /** Like {@link #of}, and for a name without Latin letters or digits, a word made from its hash. */
    static String ofAny(String name, String prefix, int max) {
        String slug = of(name, max);
        return slug.isEmpty() ? prefix + "-" + Integer.toHexString(name.hashCode()) : slug;
    }
}
