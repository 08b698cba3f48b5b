package io.aisle.recommendations;

import io.aisle.catalog.Product;

/** A recommended product and why: {@code BOUGHT_TOGETHER}, {@code SIMILAR} or {@code FOR_YOU}. */
public record Recommendation(Product product, Reason reason) {

    public enum Reason { BOUGHT_TOGETHER, SIMILAR, FOR_YOU }
}
