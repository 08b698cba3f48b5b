package io.aisle.ordering;

/** Another product bought in the same orders as the one asked about, and in how many of them. */
public record CoPurchase(long productId, long orders) {
}
