package io.aisle.admin.orders;

import io.aisle.ordering.OrderSearch;
import io.aisle.ordering.OrderStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The order list's search and filters, as the URL carries them: {@code q} (order number, e-mail or name),
 * {@code status}, {@code payment} (payment status), and the days {@code from} and {@code to} (UTC, included).
 */
record OrderFilters(String q, String status, String payment, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /**
     * The payment statuses offered in the filter. The payment module of the next issue owns the full list;
     * any status the ordering module stores can be searched by URL.
     */
    static final List<String> PAYMENT_STATUSES = java.util.Arrays.stream(io.aisle.ordering.PaymentStatus.values())
            .map(Enum::name).toList();

    OrderSearch search() {
        return new OrderSearch(q, status == null || status.isBlank() ? null : OrderStatus.parse(status), payment, from, to);
    }
}
