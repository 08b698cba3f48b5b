package io.aisle.admin.orders;

import io.aisle.admin.internal.CsvWriter;
import io.aisle.ordering.PackingLine;
import java.util.List;

/**
 * The orders CSV as a packing list: one record per line item, with where it goes and the order's figures
 * (repeated on each of its lines; {@code line} 1 is the order's first line, so filtering on it gives one
 * record per order). Spreadsheet-safe like every CSV here ({@link CsvWriter}).
 */
final class PackingListCsv {

    static final Object[] HEADER = { "order_id", "line", "placed_at", "status", "payment_status", "email",
            "ship_name", "ship_company", "ship_line1", "ship_line2", "ship_city", "ship_region", "ship_postal_code",
            "ship_country", "ship_phone", "sku", "product_name", "quantity", "unit_price", "line_total", "subtotal",
            "shipping_fee", "discount_total", "tax_total", "total", "currency", "payment_reference", "carrier",
            "tracking_number", "shipped_at", "delivered_at", "cancelled_at" };

    private PackingListCsv() {
    }

    static void write(CsvWriter csv, List<PackingLine> lines) {
        lines.forEach(l -> csv.row(l.orderId(), l.line(), l.placedAt(), l.status(), l.paymentStatus(), l.email(),
                l.shipName(), l.shipCompany(), l.shipLine1(), l.shipLine2(), l.shipCity(), l.shipRegion(),
                l.shipPostalCode(), l.shipCountry(), l.shipPhone(), l.sku(), l.productName(), l.quantity(),
                l.unitPrice(), l.lineTotal(), l.subtotal(), l.shippingFee(), l.discountTotal(), l.taxTotal(), l.total(),
                l.currency(), l.paymentReference(), l.carrier(), l.trackingNumber(), l.shippedAt(), l.deliveredAt(),
                l.cancelledAt()));
    }
}
