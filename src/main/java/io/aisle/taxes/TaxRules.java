package io.aisle.taxes;

import java.util.Map;
import java.util.Optional;

/**
 * How to tax an order to one address: whether prices are entered with tax included, whether shipping is
 * taxed (at the {@code standard} rate), and the rate of each tax class there, keyed by class code. A class
 * missing from {@code byClass} is not taxed at that address.
 */
public record TaxRules(boolean pricesIncludeTax, boolean taxShipping, Map<String, TaxRate> byClass) {

    public TaxRules {
        byClass = Map.copyOf(byClass);
    }

    /** The rate of this tax class at the address; empty when the class is not taxed there. */
    public Optional<TaxRate> rate(String taxClass) {
        return Optional.ofNullable(taxClass == null ? null : byClass.get(taxClass));
    }

    /** The rate shipping is taxed at: the standard rate, when the shop taxes shipping and there is one. */
    public Optional<TaxRate> shippingRate() {
        return taxShipping ? rate(TaxClass.STANDARD.code()) : Optional.empty();
    }
}
