package io.aisle.ordering;

import io.aisle.identity.AccountService;
import io.aisle.identity.PostalAddress;
import io.aisle.platform.InvalidRequestException;
import io.aisle.shopping.CartLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Turns cart lines into a priced and addressed order that is not stored yet. */
@Component
class OrderPricing {

    private final AccountService accounts;
    private final OrderingProperties properties;
    private final Clock clock;

    OrderPricing(AccountService accounts, OrderingProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The order for these lines at today's catalog prices, shipped to {@code requested} or else to the
     * profile's address. The status is already PAID: the order is only ever committed once the payment
     * has gone through, in the same transaction.
     */
    Order draft(long userId, List<CartLine> lines, PostalAddress requested) {
        if (lines.isEmpty()) {
            throw new EmptyCartException();
        }
        List<OrderItem> items = lines.stream().map(OrderPricing::item).toList();
        BigDecimal subtotal = items.stream().map(OrderItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shippingFee = properties.shippingFeeFor(subtotal);
        Instant now = clock.instant();
        return new Order(0, userId, OrderStatus.PAID, items, items.stream().mapToInt(OrderItem::quantity).sum(),
                subtotal, shippingFee, subtotal.add(shippingFee), properties.currency(), address(userId, requested),
                null, now, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(properties.deliveryDays()),
                null, null, null);
    }

    private PostalAddress address(long userId, PostalAddress requested) {
        PostalAddress address = requested != null ? requested : accounts.get(userId).shippingAddress();
        if (address == null) {
            throw new InvalidRequestException("There is no shipping address: send shippingAddress with the order, "
                    + "or save one in your profile first.");
        }
        return PostalAddress.of(address.fullName().strip(), address.line1().strip(),
                address.line2() == null || address.line2().isBlank() ? null : address.line2().strip(),
                address.city().strip(), address.postalCode().strip(), address.country().toUpperCase(Locale.ROOT));
    }

    private static OrderItem item(CartLine line) {
        var product = line.product();
        return new OrderItem(product.id(), product.sku(), product.name(), product.category().slug(),
                product.category().name(), product.price(), line.quantity(), line.lineTotal());
    }
}
