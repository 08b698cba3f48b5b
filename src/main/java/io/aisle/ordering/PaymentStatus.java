package io.aisle.ordering;

/**
 * Where an order's money is, apart from where its goods are ({@link OrderStatus}): waiting for the customer's
 * payment, authorized and not captured yet, paid, given back in part or in full, or called off before it took
 * money ({@code VOIDED}: a failed or abandoned payment). The simulated provider
 * charges inside the checkout's transaction, so every order it makes is {@code PAID}; the other states are
 * set by real payment providers and refunds.
 */
public enum PaymentStatus {
    PENDING, AUTHORIZED, PAID, PARTIALLY_REFUNDED, REFUNDED, VOIDED;

    /** The status as words in a sentence: "partially refunded". */
    public String inWords() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
