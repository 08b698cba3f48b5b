package io.aisle.lab.retail;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One invoice line of the UCI Online Retail file, as written there except that the time is an instant
 * (the file's local UK time read in Europe/London) and an empty CustomerID is null.
 */
record RetailLine(String invoiceNo, String stockCode, String description, int quantity, Instant invoicedAt,
        BigDecimal unitPrice, String customerId, String country) {
}
