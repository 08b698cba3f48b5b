package io.aisle.ordering;

/**
 * What the attempts of one checkout share: the id of the order whose payment an attempt started. An attempt that
 * fails after starting the payment (a Galera node losing certification at COMMIT, a deadlock in the statements
 * after the charge) has had the provider charge that order id; the next attempt places its order under the same id,
 * so the provider, keyed on it, answers the first charge and the customer pays once.
 */
final class CheckoutAttempts {

    private Long chargedOrderId;

    /** The id the next attempt's order must take, or null for a new one. */
    Long orderId() {
        return chargedOrderId;
    }

    /** Called just before the payment of {@code orderId} is started. */
    void charging(long orderId) {
        chargedOrderId = orderId;
    }
}
