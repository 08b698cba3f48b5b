package io.aisle.lab.retail;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The file's purchases after cleaning, gathered in memory (about 400,000 product lines for the full file):
 * products by stock code, and each customer's invoices with their product lines and postage. Lines are
 * classified by {@link LineKind}; the counts per kind say what was left out.
 */
final class RetailHistory implements Consumer<RetailLine> {

    /** One product line of an invoice, priced to the penny. */
    record Item(String stockCode, BigDecimal unitPrice, int quantity) {

        BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** An invoice of a customer: when, its product lines, and what it charged for postage. */
    static final class Invoice {
        final String invoiceNo;
        final String customerId;
        final Instant invoicedAt;
        final List<Item> items = new ArrayList<>();
        BigDecimal postage = BigDecimal.ZERO.setScale(2);

        Invoice(String invoiceNo, String customerId, Instant invoicedAt) {
            this.invoiceNo = invoiceNo;
            this.customerId = customerId;
            this.invoicedAt = invoicedAt;
        }

        BigDecimal subtotal() {
            return items.stream().map(Item::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /** A product: the first non-blank description and the first price seen for its stock code. */
    record ProductInfo(String stockCode, String name, BigDecimal price) {
    }

    private final Map<LineKind, Long> linesByKind = new EnumMap<>(LineKind.class);
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, ProductInfo> products = new LinkedHashMap<>();
    private final Set<String> customers = new HashSet<>();
    private BigDecimal cancelledValue = BigDecimal.ZERO.setScale(2);

    @Override
    public void accept(RetailLine line) {
        LineKind kind = LineKind.of(line);
        linesByKind.merge(kind, 1L, Long::sum);
        if (line.customerId() != null) {
            customers.add(line.customerId());
        }
        if (kind == LineKind.CANCELLATION) {
            cancelledValue = cancelledValue.add(LineKind.price(line).multiply(BigDecimal.valueOf(line.quantity())));
        }
        if (kind != LineKind.PRODUCT && kind != LineKind.POSTAGE) {
            return;
        }
        Invoice invoice = invoices.computeIfAbsent(line.invoiceNo(),
                no -> new Invoice(no, line.customerId(), line.invoicedAt()));
        if (!invoice.customerId.equals(line.customerId())) {
            throw new IllegalArgumentException("invoice " + line.invoiceNo() + " names two customers: "
                    + invoice.customerId + " and " + line.customerId());
        }
        BigDecimal price = LineKind.price(line);
        String code = LineKind.stockCode(line);
        if (kind == LineKind.POSTAGE) {
            invoice.postage = invoice.postage.add(price.multiply(BigDecimal.valueOf(line.quantity())));
            return;
        }
        invoice.items.add(new Item(code, price, line.quantity()));
        String name = line.description().trim();
        ProductInfo known = products.get(code);
        if (known == null || (known.name().isEmpty() && !name.isEmpty())) {
            products.put(code, new ProductInfo(code, name, known == null ? price : known.price()));
        }
    }

    /** Lines per kind, every kind present (0 when none). */
    Map<LineKind, Long> linesByKind() {
        Map<LineKind, Long> all = new EnumMap<>(LineKind.class);
        for (LineKind kind : LineKind.values()) {
            all.put(kind, linesByKind.getOrDefault(kind, 0L));
        }
        return all;
    }

    /** Distinct CustomerIDs on any line, kept or not. */
    int customersInFile() {
        return customers.size();
    }

    /** The value of the cancellation lines of known customers (negative: money given back). */
    BigDecimal cancelledValue() {
        return cancelledValue;
    }

    /** Invoices with at least one product line, grouped by customer in order of first appearance. */
    Map<String, List<Invoice>> ordersByCustomer() {
        Map<String, List<Invoice>> byCustomer = new LinkedHashMap<>();
        invoices.values().stream().filter(i -> !i.items.isEmpty())
                .forEach(i -> byCustomer.computeIfAbsent(i.customerId, id -> new ArrayList<>()).add(i));
        byCustomer.values().forEach(list -> list.sort((a, b) -> a.invoicedAt.compareTo(b.invoicedAt)));
        return byCustomer;
    }

    /** Invoices of known customers that had postage or fees but no product line, left out. */
    long invoicesWithoutProducts() {
        return invoices.values().stream().filter(i -> i.items.isEmpty()).count();
    }

    Map<String, ProductInfo> products() {
        return products;
    }
}
