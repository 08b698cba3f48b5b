package io.aisle.ordering;

import io.aisle.catalog.Product;
import io.aisle.identity.PostalAddress;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.Money;
import io.aisle.promotions.AppliedPromotion;
import io.aisle.promotions.Discounts;
import io.aisle.promotions.PromotionContext;
import io.aisle.promotions.PromotionLine;
import io.aisle.promotions.PromotionService;
import io.aisle.shipping.ShippingOption;
import io.aisle.shipping.ShippingQuery;
import io.aisle.shipping.ShippingService;
import io.aisle.shopping.CartLine;
import io.aisle.taxes.TaxRules;
import io.aisle.taxes.TaxService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Prices lines for a quote or an order, in the one order the shop documents (docs/checkout.md): promotions on
 * the lines as entered, shipping on the discounted subtotal and the weight, tax per line on what the customer
 * pays and on shipping, then the totals ({@link OrderTotals}).
 */
@Component
class CheckoutPricing {

    private static final TaxRules NO_ADDRESS = new TaxRules(false, false, Map.of());

    private final PromotionService promotions;
    private final ShippingService shipping;
    private final TaxService taxes;
    private final OrderingProperties properties;
    private final Clock clock;

    CheckoutPricing(PromotionService promotions, ShippingService shipping, TaxService taxes,
            OrderingProperties properties, Clock clock) {
        this.promotions = promotions;
        this.shipping = shipping;
        this.taxes = taxes;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What to price: the lines, where they go ({@code address} null for an estimate before the address is
     * known), the chosen shipping method (null: the cheapest), an entered promotion code (null: automatic
     * promotions only), and who buys (for per-customer limits and first-order promotions; {@code userId} the
     * signed-in account, null for a guest, as only an account can redeem a personal code).
     */
    record Request(List<CartLine> lines, PostalAddress address, Long shippingMethodId, String promotionCode,
            String email, Long userId, boolean firstOrder) {
    }

    /** The quote and the promotions it applied, which checkout redeems. */
    record Priced(Quote quote, Discounts discounts) {
    }

    Priced price(Request request) {
        if (request.lines().isEmpty()) {
            throw new EmptyCartException();
        }
        List<CartLine> lines = request.lines();
        Discounts discounts = promotions.evaluate(lines.stream()
                .map(l -> new PromotionLine(l.product().id(), l.product().category().slug(), l.product().price(),
                        l.quantity()))
                .toList(), new PromotionContext(blankToNull(request.promotionCode()), request.email(),
                request.userId(), request.firstOrder(), clock.instant()));
        List<OrderTotals.Line> totalsLines = new ArrayList<>(lines.size());
        long discountedSubtotal = 0;
        int weight = 0;
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            long amount = Money.toMinor(line.lineTotal());
            long discount = Money.toMinor(discounts.lineDiscounts().get(i));
            OrderTotals.Line priced = OrderTotals.Line.of(amount, discount, line.product().taxClass());
            totalsLines.add(priced);
            discountedSubtotal += priced.amount() - priced.discount();
            weight += line.product().weightGrams() * line.quantity();
        }
        PostalAddress to = request.address();
        List<ShippingOption> options = List.of();
        ShippingOption chosen = null;
        TaxRules rules = NO_ADDRESS;
        if (to != null) {
            ShippingQuery query = new ShippingQuery(to.country(), to.region(), Money.fromMinor(discountedSubtotal),
                    weight);
            options = shipping.optionsFor(query);
            chosen = request.shippingMethodId() != null ? shipping.option(request.shippingMethodId(), query)
                    : options.stream().findFirst().orElseThrow(() -> new InvalidRequestException("shippingAddress.country",
                            "the shop does not ship to " + to.country()));
            rules = taxes.rulesFor(to.country(), to.region());
        }
        long shippingPrice = chosen == null ? 0 : Money.toMinor(chosen.price());
        OrderTotals totals = OrderTotals.of(totalsLines, shippingPrice, discounts.freeShipping() ? shippingPrice : 0,
                rules);
        Quote quote = new Quote(quoteLines(lines, totals), lines.stream().mapToInt(CartLine::quantity).sum(),
                Money.fromMinor(totals.subtotal()), Money.fromMinor(totals.discounts()),
                Money.fromMinor(totals.shipping()), Money.fromMinor(totals.tax()), rules.pricesIncludeTax(), to != null,
                Money.fromMinor(totals.total()), properties.currency(), chosen, options,
                adjustments(discounts, totals, shippingPrice), false);
        return new Priced(quote, discounts);
    }

    /** The order these priced lines make, not stored yet; its status is CONFIRMED and paid,
     * as a provider that takes the money at once does so before it commits (see {@link Order#awaitingPayment}). */
    Order draft(Long userId, String email, List<CartLine> lines, Quote quote, PostalAddress address, String provider) {
        List<OrderItem> orderItems = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            var product = lines.get(i).product();
            Quote.Line line = quote.lines().get(i);
            orderItems.add(new OrderItem(product.id(), product.sku(), product.name(), product.category().slug(),
                    product.category().name(), product.price(), line.quantity(), line.lineTotal(), line.taxClass(),
                    line.discount(), line.tax(), line.taxRate(), product.variantId(), product.variantTitle()));
        }
        // stored as DATETIME(6): the order answered must equal the order read back later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new Order(0, userId, email, OrderStatus.CONFIRMED, PaymentStatus.PAID, orderItems, quote.itemCount(),
                quote.subtotal(), quote.shippingFee(), quote.discountTotal(), quote.taxTotal(),
                quote.pricesIncludeTax(), quote.total(), quote.currency(), quote.shipping().name(), address,
                quote.adjustments(), null, now, quote.shipping().latest(), null, null, null, BigDecimal.ZERO.setScale(2),
                provider, null);
    }

    private static List<Quote.Line> quoteLines(List<CartLine> lines, OrderTotals totals) {
        List<Quote.Line> priced = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Product product = lines.get(i).product();
            OrderTotals.Line line = totals.lines().get(i);
            priced.add(new Quote.Line(product.id(), product.sku(), product.name(), product.imageUrl(), product.price(),
                    lines.get(i).quantity(), Money.fromMinor(line.amount()), Money.fromMinor(line.discount()),
                    line.taxClass(), line.rate(), Money.fromMinor(line.tax())));
        }
        return priced;
    }

    private static List<OrderAdjustment> adjustments(Discounts discounts, OrderTotals totals, long shippingPrice) {
        List<OrderAdjustment> adjustments = new ArrayList<>();
        boolean shippingDiscounted = false;
        for (AppliedPromotion applied : discounts.applied()) {
            if (applied.amount().signum() > 0) {
                adjustments.add(new OrderAdjustment(OrderAdjustment.Kind.DISCOUNT, applied.label(), applied.code(),
                        applied.promotionId(), null, applied.amount()));
            }
            if (applied.freeShipping() && shippingPrice > 0 && !shippingDiscounted) {
                // several free-shipping promotions free it once; the first one is named
                shippingDiscounted = true;
                adjustments.add(new OrderAdjustment(OrderAdjustment.Kind.SHIPPING_DISCOUNT, applied.label(),
                        applied.code(), applied.promotionId(), null, Money.fromMinor(shippingPrice)));
            }
        }
        totals.taxLines().forEach(tax -> adjustments.add(new OrderAdjustment(OrderAdjustment.Kind.TAX, tax.name(),
                null, null, tax.rate(), tax.amount())));
        return List.copyOf(adjustments);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
