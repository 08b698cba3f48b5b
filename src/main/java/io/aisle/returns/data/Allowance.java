package io.aisle.returns.data;

/** An order line (by the variant bought)'s units bought and units claimed by returns that were not rejected. */
public record Allowance(long variantId, int bought, int claimed) {

    public int left() {
        return bought - claimed;
    }
}
