package io.aisle.returns.data;

/** An order line's units bought and units claimed by returns that were not rejected. */
public record Allowance(long productId, int bought, int claimed) {

    public int left() {
        return bought - claimed;
    }
}
