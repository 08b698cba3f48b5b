package io.aisle.catalog;

/** A catalog category with the number of products currently listed in it. */
public record Category(long id, String slug, String name, long productCount) {
}
