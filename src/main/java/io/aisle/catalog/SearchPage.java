package io.aisle.catalog;

import io.aisle.platform.PageResult;

/**
 * One page of a searched storefront listing, the facet counts over all its pages, and the query spelt the
 * catalog's way when a word was not ({@code didYouMean}, null otherwise).
 */
public record SearchPage(PageResult<Product> results, Facets facets, String didYouMean) {
}
