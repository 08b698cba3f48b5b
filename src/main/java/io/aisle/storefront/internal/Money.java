package io.aisle.storefront.internal;

import io.aisle.ordering.OrderingProperties;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Prices as the pages show them ({@code ${@money.format(price)}}): always in the shop's currency,
 * whatever language the browser asks for, so a German browser does not see dollars as euros.
 */
@Component("money")
public class Money {

    /** Built once: making a currency format looks up locale data and was the slowest step of a page. */
    private final NumberFormat prototype;

    Money(OrderingProperties shop) {
        this.prototype = NumberFormat.getCurrencyInstance(Locale.US);
        this.prototype.setCurrency(Currency.getInstance(shop.currency()));
    }

    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        // NumberFormat is not thread-safe; a clone is cheap
        return ((NumberFormat) prototype.clone()).format(amount);
    }
}
