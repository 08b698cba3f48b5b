package io.aisle.lab.retail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * The cleaning rules: what each invoice line of the file becomes, checked in this order. Only
 * {@link #PRODUCT} lines become order lines and {@link #POSTAGE} lines the order's shipping fee; every
 * other kind is left out and counted. See docs/ml.md, "Real data: UCI Online Retail".
 */
enum LineKind {

    /** No CustomerID: a guest or unknown buyer, who cannot be followed over time. */
    NO_CUSTOMER,
    /**
     * A cancellation or return (InvoiceNo starting with C, negative quantities). It names no original
     * invoice, so it cannot cancel a particular order; the orders stay as placed (spend is gross of
     * returns) and the cancellations are counted, not imported.
     */
    CANCELLATION,
    /** Bad-debt adjustments (InvoiceNo starting with A): bookkeeping, not a purchase. */
    ADJUSTMENT,
    /** POST, DOT (dotcom postage) and C2 (carriage): what the buyer paid for delivery, the order's shipping fee. */
    POSTAGE,
    /**
     * Codes that are not merchandise: M (manual entries of any sign and size), D (discount), S (samples), B
     * (bad debt), BANK CHARGES, AMAZONFEE, CRUK (charity commission) and gift vouchers (gift_0001_*,
     * money to spend later, not goods).
     */
    NOT_MERCHANDISE,
    /** A zero or negative quantity outside a cancellation (stock corrections). */
    NO_QUANTITY,
    /** A unit price that is zero or negative once rounded to the penny (free samples, adjustments). */
    NO_PRICE,
    /** A product bought: becomes an order line. */
    PRODUCT;

    static final Set<String> POSTAGE_CODES = Set.of("POST", "DOT", "C2");
    static final Set<String> NOT_MERCHANDISE_CODES = Set.of("M", "D", "S", "B", "BANK CHARGES", "AMAZONFEE", "CRUK");

    static LineKind of(RetailLine line) {
        String code = stockCode(line);
        if (line.customerId() == null) {
            return NO_CUSTOMER;
        }
        if (line.invoiceNo().startsWith("C")) {
            return CANCELLATION;
        }
        if (line.invoiceNo().startsWith("A")) {
            return ADJUSTMENT;
        }
        if (NOT_MERCHANDISE_CODES.contains(code) || code.startsWith("GIFT_")) {
            return NOT_MERCHANDISE;
        }
        if (line.quantity() <= 0) {
            return NO_QUANTITY;
        }
        if (price(line).signum() <= 0) {
            return NO_PRICE;
        }
        return POSTAGE_CODES.contains(code) ? POSTAGE : PRODUCT;
    }

    /**
     * The stock code in upper case: the file spells some codes in both cases (85123a and 85123A) for the
     * same item, and the shop's SKUs compare case-insensitively.
     */
    static String stockCode(RetailLine line) {
        return line.stockCode().trim().toUpperCase(Locale.ROOT);
    }

    /** The unit price in pence as the shop stores money (4 prices in the file have a third decimal). */
    static BigDecimal price(RetailLine line) {
        return line.unitPrice().setScale(2, RoundingMode.HALF_UP);
    }
}
