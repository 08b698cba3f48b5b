package io.aisle.assistant.internal;

import io.aisle.catalog.Product;
import io.aisle.catalog.ScoredProduct;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the search's matches answer the customer's words, so an answer never pads itself with the
 * nearest products once the filters have removed the right ones ("yoga mat under $100" must not list
 * books). A product answers when its name, brand, category and description hold every word (plural and
 * "-ing" endings aside), or when it is close in meaning: a cosine of at least {@link #MIN_SIMILARITY} and
 * within {@link #NEAR_BEST} of the catalog's best match for the words. Both numbers were read off the
 * seed catalog's similarities: relevant products scored 0.34 to 0.70, the padding 0.30 and below, or far
 * under the best match (an insulated bottle is 0.34 from "espresso machines", whose best is 0.70).
 */
final class Relevance {

    static final double MIN_SIMILARITY = 0.33;
    static final double NEAR_BEST = 0.2;

    private final Set<String> words;
    private final Map<Long, Double> similarity = new HashMap<>();
    private final double cut;

    /** {@code nearest}: the catalog's products nearest in meaning to the words, with their cosines. */
    Relevance(String query, List<ScoredProduct> nearest) {
        this.words = stems(query);
        nearest.forEach(s -> similarity.put(s.product().id(), s.score()));
        double best = nearest.stream().mapToDouble(ScoredProduct::score).max().orElse(1);
        this.cut = Math.max(MIN_SIMILARITY, best - NEAR_BEST);
    }

    boolean answers(Product p) {
        Set<String> has = stems(p.name() + " " + p.brand() + " " + p.category().name() + " " + p.description());
        return has.containsAll(words) || similarity.getOrDefault(p.id(), 0.0) >= cut;
    }

    private static Set<String> stems(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .map(Relevance::stem)
                .collect(Collectors.toSet());
    }

    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("es") && !word.endsWith("ses")) {
            return word.substring(0, word.length() - 1);
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
