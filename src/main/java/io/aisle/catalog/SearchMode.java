package io.aisle.catalog;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How {@link ProductSearch} ranks: {@code TEXT} by the words (BM25 over name, brand and description),
 * {@code SEMANTIC} by meaning (cosine similarity of sentence embeddings), {@code HYBRID} by both
 * (reciprocal rank fusion of the two rankings).
 */
public enum SearchMode {
    HYBRID, SEMANTIC, TEXT;

    /** The mode named by a request parameter; hybrid when none is given. */
    public static SearchMode parse(String value) {
        if (value == null || value.isBlank()) {
            return HYBRID;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("mode", "must be one of " + Arrays.stream(values())
                    .map(m -> m.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
