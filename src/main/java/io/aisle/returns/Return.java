package io.aisle.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return of some lines of a delivered order. {@code suggestedRefund} is what its lines paid, plus
 * {@code shippingRefund} when this return brought the rest of the order back: the admin's default, which they may
 * lower. {@code refundAmount} and {@code refundReference} are set once refunded; {@code restock} once received.
 * {@code userId} is null for a guest's order. The status times are null until the return gets there.
 */
public record Return(long id, long orderId, Long userId, String email, ReturnStatus status, ReturnReason reason,
        String reasonText, String customerNote, String adminNote, Boolean restock, BigDecimal shippingRefund,
        BigDecimal suggestedRefund, BigDecimal refundAmount, String refundReference, List<ReturnLine> lines,
        Instant createdAt, Instant approvedAt, Instant receivedAt, Instant refundedAt, Instant rejectedAt) {

    /** How many units come back. */
    public int units() {
        return lines.stream().mapToInt(ReturnLine::quantity).sum();
    }

    /** This return with its lines, and so with what they paid. */
    public Return withLines(List<ReturnLine> details) {
        BigDecimal paid = details.stream().map(ReturnLine::amount).reduce(shippingRefund, BigDecimal::add);
        return new Return(id, orderId, userId, email, status, reason, reasonText, customerNote, adminNote, restock,
                shippingRefund, paid, refundAmount, refundReference, List.copyOf(details), createdAt, approvedAt,
                receivedAt, refundedAt, rejectedAt);
    }
}
