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

    private final Currency currency;

    Money(OrderingProperties shop) {
        this.currency = Currency.getInstance(shop.currency());
    }

    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        return format.format(amount);
    }
}
