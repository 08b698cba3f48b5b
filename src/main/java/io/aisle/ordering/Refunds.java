package io.aisle.ordering;

import java.math.BigDecimal;
import java.util.List;

/**
 * Gives an order's money back through its payment provider, in part or in full, once per idempotency key: the
 * refund is recorded in the {@link PaymentLedger}, the order's payment status follows (partially refunded,
 * refunded) and {@link RefundIssued} is published. Never more than was paid and not refunded yet.
 */
public interface Refunds {

    /**
     * Refunds {@code amount} of the order.
     *
     * @param reason in words the customer may read ("Return #12", "Order cancelled")
     * @param idempotencyKey a retry with the same key answers the first refund and gives back nothing more
     * @throws OrderNotFoundException when there is no such order
     * @throws io.aisle.platform.InvalidRequestException when the amount is not positive or exceeds what is left
     * @throws io.aisle.platform.ConflictException when the order has not been paid
     * @throws PaymentProviderException when the provider did not confirm; retrying with the same key is safe
     */
    Payment refund(long orderId, BigDecimal amount, String reason, String idempotencyKey);

    /** What of the order can still be refunded: paid minus refunded (zero when unpaid). */
    BigDecimal refundable(long orderId);

    /** The order's refunds, oldest first. */
    List<Payment> of(long orderId);
}
