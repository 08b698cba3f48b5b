package io.aisle.taxes;

import java.util.Map;

public record TaxRules(boolean pricesIncludeTax, boolean taxShipping, Map<String, TaxRate> byClass) {
}
