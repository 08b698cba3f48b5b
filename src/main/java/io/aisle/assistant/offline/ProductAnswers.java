package io.aisle.assistant.offline;

import io.aisle.assistant.ConversationMessage;
import io.aisle.assistant.internal.SearchFilters;
import io.aisle.assistant.internal.ShopFacts.ProductFact;
import io.aisle.assistant.internal.ShopTools;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The offline answers about products: a price or stock, what was found, recommendations. Each searches
 * with the question's words and constraints and lists only what meets them, or says plainly that
 * nothing does.
 */
final class ProductAnswers {

    private ProductAnswers() {
    }

    /** "How much is it?" after an answer that showed products is about the first of them. */
    static String priceAndStock(Understanding u, ShopTools tools, List<ConversationMessage> history) {
        boolean unnamed = u.productWords().isBlank() && u.filters().isEmpty();
        Optional<Long> earlier = unnamed ? lastShownProduct(history) : Optional.empty();
        if (earlier.isPresent()) {
            return Phrases.priceAndStock(tools.productDetails(earlier.get()));
        }
        if (unnamed) {
            return "Which product do you mean? Tell me its name, e.g. \"how much is the Kindle Paperwhite?\"";
        }
        List<ProductFact> matches = search(u, tools::search);
        return matches.isEmpty() ? Phrases.nothingFits(u) : Phrases.priceAndStock(matches.get(0));
    }

    private static Optional<Long> lastShownProduct(List<ConversationMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ConversationMessage message = history.get(i);
            if ("assistant".equals(message.role()) && !message.productIds().isEmpty()) {
                return Optional.of(message.productIds().get(0));
            }
        }
        return Optional.empty();
    }

    /** Without words or constraints, the best rated in stock; else only what fits them, or a plain "nothing". */
    static String recommend(Understanding u, ShopTools tools) {
        List<ProductFact> picks = search(u, tools::recommend);
        if (picks.isEmpty()) {
            return Phrases.nothingFits(u);
        }
        return "Here are some well-rated products in stock" + Phrases.meeting(u) + ":\n"
                + picks.stream().map(Phrases::line).collect(Collectors.joining("\n"));
    }

    static String find(Understanding u, ShopTools tools) {
        if (u.productWords().isBlank() && u.filters().isEmpty()) {
            return Phrases.POINTER;
        }
        List<ProductFact> matches = search(u, tools::search);
        if (matches.isEmpty()) {
            return Phrases.nothingFits(u);
        }
        return "Here is what I found" + Phrases.meeting(u) + ":\n" + matches.stream().map(Phrases::line)
                .collect(Collectors.joining("\n")) + "\nUse \"Add to cart\" next to a product to add it.";
    }

    /**
     * The products for the question's words and filters. A brand named in passing that finds nothing was
     * likely part of a product's name ("the Glacier Thermos" by another brand): then the words alone.
     */
    private static List<ProductFact> search(Understanding u, BiFunction<String, SearchFilters, List<ProductFact>> tool) {
        List<ProductFact> found = tool.apply(u.productWords(), u.filters());
        Understanding loose = u.withoutBareBrand();
        return found.isEmpty() && loose != u ? tool.apply(loose.productWords(), loose.filters()) : found;
    }

    /**
     * A message with no known intent may still name products ("yoga mat"): then a product's name or brand
     * has one of its words (a word only in a description, like "weather", is not enough). Else a pointer.
     */
    static String maybeProducts(Understanding u, ShopTools tools) {
        List<String> words = List.of(u.productWords().split(" "));
        List<ProductFact> matches = u.productWords().isBlank() ? List.of() : tools.search(u.productWords(), u.filters())
                .stream().filter(p -> words.stream().anyMatch(w -> (p.name() + " " + p.brand())
                        .toLowerCase(Locale.ROOT).contains(w))).toList();
        return matches.isEmpty() ? Phrases.POINTER : "Here is what I found:\n"
                + matches.stream().map(Phrases::line).collect(Collectors.joining("\n"));
    }
}
