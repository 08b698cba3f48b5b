package io.aisle.assistant.offline;

import java.util.List;

/**
 * A message understood: its intent, the product words left once the question words are gone (for a
 * comparison, one phrase per product), and an order number if it named one.
 */
record Understanding(Intent intent, String productWords, List<String> comparedPhrases, Long orderId,
        String original) {
}
