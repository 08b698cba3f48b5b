package io.aisle.catalog;

/**
 * A product found by {@link ProductSearch}, with the score it was ranked by (higher is better). The
 * score's scale depends on the {@link SearchMode}: a BM25 sum for text, a cosine similarity in [-1, 1]
 * for semantic, a reciprocal-rank-fusion sum (at most 2 / (k + 1)) for hybrid. Compare scores only
 * within one answer.
 */
public record ScoredProduct(Product product, double score) {
}
