package io.aisle.catalog;

/** A signed-in customer searched the catalog by text. */
public record ProductsSearched(long userId, String query, long resultCount) {
}
