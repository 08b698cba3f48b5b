/**
 * Ordering: checkout (customers' carts and guests' lines, priced by one rule for quotes and orders: see
 * docs/checkout.md), orders and their status flow, payments, and the figures over orders (sales for
 * reports, per customer for the admin's customer list, per customer as of a cutoff for insights'
 * models through {@link io.aisle.ordering.PurchaseHistory}, what was bought together for recommendations
 * through {@link io.aisle.ordering.CoPurchases}). Owns the tables {@code orders}, {@code order_items},
 * {@code order_adjustments} (tax and discount lines), {@code shipments} (how an order left the shop: carrier,
 * tracking number and link, written by {@link io.aisle.ordering.OrderService#ship} with the status change; see
 * {@link io.aisle.ordering.Carrier}),
 * {@code payments} (the ledger of charges and refunds, {@link io.aisle.ordering.PaymentLedger}),
 * {@code payment_provider_events} (webhook events handled, once each), and {@code simulated_provider_charges} and
 * {@code simulated_provider_refunds} (the simulated provider's own books); an order keeps a snapshot of
 * what was bought
 * (SKU, name, category, unit price) and where it went, so catalog changes never rewrite the books.
 * Depends on shopping (locks, reads and empties the cart), catalog (takes and puts back stock through
 * {@link io.aisle.catalog.StockService}), promotions (evaluated on the lines and redeemed in the order's
 * transaction), shipping (the methods for the address and their prices), taxes (the rules of the address;
 * the arithmetic in {@link io.aisle.taxes.TaxCalculator}), identity (the address book; checkout holds the account
 * row's lock; vetoes {@link io.aisle.identity.AccountDeletionRequested} while an order is open and erases the
 * address on {@link io.aisle.identity.AccountDeleted}; moves a customer's guest orders into the account on
 * {@link io.aisle.identity.EmailVerified}) and the platform. Payments go through
 * {@link io.aisle.ordering.PaymentGateway} (the simulated provider, or Stripe in {@code payment.stripe}, whose
 * webhooks feed {@link io.aisle.ordering.PaymentUpdates}); an order waiting for its customer's payment holds its
 * stock until its reservation ends ({@code PaymentReservations}); {@link io.aisle.ordering.Refunds} gives money back
 * once per key; the {@code reconcile-payments} command compares orders, ledger and the provider's charges, gives
 * back charges whose order never committed and settles refunds left pending (docs/payments.md). Publishes
 * {@link io.aisle.ordering.OrderPlaced} (when an order is confirmed: paid or authorized),
 * {@link io.aisle.ordering.OrderStatusChanged}, {@link io.aisle.ordering.OrderCancelled},
 * {@link io.aisle.ordering.PaymentFailed} and {@link io.aisle.ordering.RefundIssued} inside the
 * changing transaction; listeners elsewhere react after commit. {@link io.aisle.ordering.OrderImport}
 * writes the orders of an imported or simulated history in bulk: no stock, no payment, no events. For the
 * admin: {@link io.aisle.ordering.OrderSearch} finds orders by number, e-mail or ship-to name,
 * {@link io.aisle.ordering.BulkShipping} ships many, {@link io.aisle.ordering.PackingLists} lists their lines.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "platform", "promotions", "shipping", "shopping",
        "taxes" })
package io.aisle.ordering;

import org.springframework.modulith.ApplicationModule;
