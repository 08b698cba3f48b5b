package io.aisle.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Semantic and hybrid search settings under {@code aisle.catalog.search}.
 *
 * @param rrfK reciprocal rank fusion's k: a product's fused score is the sum of 1 / (k + rank) over the
 *     text and the semantic ranking; 60 is the value of Cormack et al. (2009), which keeps one list's
 *     top hit from drowning the other list
 * @param minSimilarity the cosine similarity a product needs to be found by meaning alone (without a
 *     matching word); below it a product only counts towards the rank of products the words found. The
 *     default is calibrated on the evaluation set (docs/search.md)
 * @param semanticCandidates how many nearest products the semantic ranking considers
 */
@ConfigurationProperties("aisle.catalog.search")
public record SearchProperties(Integer rrfK, Double minSimilarity, Integer semanticCandidates) {

    /** The calibrated {@code minSimilarity} (docs/search.md, "Threshold"). */
    public static final double CALIBRATED_MIN_SIMILARITY = 0.26;

    public SearchProperties {
        rrfK = rrfK == null ? 60 : rrfK;
        minSimilarity = minSimilarity == null ? CALIBRATED_MIN_SIMILARITY : minSimilarity;
        semanticCandidates = semanticCandidates == null ? 100 : semanticCandidates;
    }
}
