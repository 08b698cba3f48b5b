package io.aisle.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Semantic and hybrid search settings under {@code aisle.catalog.search}.
 *
 * @param rrfK reciprocal rank fusion's k: a product's fused score is the sum of 1 / (k + rank) over the
 *     text and the semantic ranking; 60 is the value of Cormack et al. (2009), which keeps one list's
 *     top hit from drowning the other list
 * @param minSimilarity the cosine similarity a product needs to be found by meaning alone (without a
 *     matching word); below it a product only counts towards the rank of products the words found
 * @param semanticCandidates how many nearest products the semantic ranking considers
 * @param semanticTop how many of the nearest products hybrid search finds whatever their similarity, so
 *     that a query whose words all miss (or match by accident) still finds what it means
 */
@ConfigurationProperties("aisle.catalog.search")
public record SearchProperties(Integer rrfK, Double minSimilarity, Integer semanticCandidates, Integer semanticTop) {

    public SearchProperties {
        semanticTop = semanticTop == null ? 5 : semanticTop;
        rrfK = rrfK == null ? 60 : rrfK;
        minSimilarity = minSimilarity == null ? 0.3 : minSimilarity;
        semanticCandidates = semanticCandidates == null ? 100 : semanticCandidates;
    }
}
