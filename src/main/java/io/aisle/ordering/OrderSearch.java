package io.aisle.ordering;

import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.SearchText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the admin looks for among all orders; every part is optional (null: any). {@code text} is an order
 * number ({@code 42} or {@code #42}), the start of an e-mail address (when it holds {@code @}), or the start
 * of an e-mail address or ship-to name; all are prefix matches on an index. {@code from} and {@code to} are
 * UTC days, both included.
 */
public record OrderSearch(String text, OrderStatus status, String paymentStatus, LocalDate from, LocalDate to) {

    public static final OrderSearch ALL = new OrderSearch(null, null, null, null, null);

    private static final Pattern PAYMENT_STATUS = Pattern.compile("[A-Z_]{1,24}");

    public OrderSearch {
        text = SearchText.normalize(text, "q");
        paymentStatus = paymentStatus == null || paymentStatus.isBlank() ? null
                : paymentStatus.strip().toUpperCase(Locale.ROOT);
        if (paymentStatus != null && !PAYMENT_STATUS.matcher(paymentStatus).matches()) {
            throw new InvalidRequestException("paymentStatus", "must be a payment status such as PAID or REFUNDED");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
    }
}
