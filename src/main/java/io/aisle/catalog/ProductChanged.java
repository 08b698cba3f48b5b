package io.aisle.catalog;

/**
 * A product was created, edited, deleted or had its stock moved; {@code stock} is the new level. For a
 * {@link Kind#STOCK} change {@code previousStock} is the level just before it (the change holds the row lock, so no
 * other move came between); the other kinds do not say what it was and repeat {@code stock}.
 */
public record ProductChanged(long productId, Kind kind, int stock, int previousStock) {

    public enum Kind { CREATED, UPDATED, DELETED, STOCK }

    public ProductChanged(long productId, Kind kind, int stock) {
        this(productId, kind, stock, stock);
    }

    /** Whether the product sold out or came back: what the in-stock filter and its count turn on. */
    public boolean soldOutOrBack() {
        return (stock > 0) != (previousStock > 0);
    }
}
