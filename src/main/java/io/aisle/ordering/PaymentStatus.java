package io.aisle.ordering;

/**
 * Where an order's money is, apart from where its goods are ({@link OrderStatus}). An order is only ever
 * stored once its payment went through (checkout charges inside its transaction), so every order is
 * {@code PAID} today; pending and authorized payments and refunds come with the real payment providers.
 */
public enum PaymentStatus {
    PAID
}
