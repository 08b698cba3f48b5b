package io.aisle.catalog;

/** A product was created, edited, deleted or had its stock moved; {@code stock} is the new level. */
public record ProductChanged(long productId, Kind kind, int stock) {

    public enum Kind { CREATED, UPDATED, DELETED, STOCK }
}
