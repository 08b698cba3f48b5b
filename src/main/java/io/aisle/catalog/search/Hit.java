package io.aisle.catalog.search;

/** A product id with the score one ranking gave it. */
public record Hit(long productId, double score) {
}
