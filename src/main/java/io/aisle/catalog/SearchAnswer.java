package io.aisle.catalog;

import java.util.List;

/**
 * What {@link ProductSearch#answer} found: the products best first (empty when nothing matches), the facet
 * counts over everything found, and the query spelt the catalog's way when a word was not ({@code
 * didYouMean}, null otherwise).
 */
public record SearchAnswer(List<ScoredProduct> results, Facets facets, String didYouMean) {
}
