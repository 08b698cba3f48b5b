/**
 * Returns: a customer asks to send back units of some lines of a delivered order within the return window
 * ({@link io.aisle.returns.ReturnsProperties}, 30 days from delivery by default), with a reason; the admin approves or
 * rejects, marks the goods received (back to stock or not, through the catalog's stock) and refunds through the
 * order's payment provider ({@link io.aisle.ordering.Refunds}). {@link io.aisle.returns.ReturnService} is the
 * customer's side (API and storefront), {@link io.aisle.returns.ReturnAdmin} and
 * {@link io.aisle.returns.ReturnRefunds} the admin's.
 *
 * <p>Owns the tables {@code returns}, {@code return_lines} and {@code return_allowances} (per order line, the units
 * bought and the units claimed by returns not rejected: the guarded counter that keeps a unit out of two returns).
 * Orders are read through ordering's public services only; their ids are stored, not joined. Every status change is
 * an {@code UPDATE} guarded by the status it starts from, and publishes {@link io.aisle.returns.ReturnStatusChanged}
 * inside its transaction (the mail module turns these into e-mails).
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "ordering", "platform" })
package io.aisle.returns;

import org.springframework.modulith.ApplicationModule;
