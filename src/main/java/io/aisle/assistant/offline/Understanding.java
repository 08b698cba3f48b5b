package io.aisle.assistant.offline;

import io.aisle.assistant.internal.SearchFilters;
import java.util.List;

/**
 * A message understood: its intent, the product words left once the question words and the constraints
 * are gone (for a comparison, one phrase per product), an order number if it named one, and the
 * constraints on the products it asks for.
 */
record Understanding(Intent intent, String productWords, List<String> comparedPhrases, Long orderId,
        String original, Constraints constraints) {

    SearchFilters filters() {
        return constraints.filters();
    }

    /** The same question with a brand named in passing read as product words instead; itself if none was. */
    Understanding withoutBareBrand() {
        if (constraints.bareBrand() == null) {
            return this;
        }
        Constraints loose = constraints.withoutBareBrand();
        return new Understanding(intent, IntentClassifier.productWords(loose.rest()), comparedPhrases, orderId,
                original, loose);
    }
}
