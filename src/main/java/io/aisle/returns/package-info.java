/**
 * Returns: a customer asks to send back some lines of a delivered order within the return window, with a reason;
 * the admin approves or rejects, marks the goods received (back to stock or not) and refunds through the order's
 * payment provider ({@link io.aisle.ordering.Refunds}). Owns the tables {@code returns} and {@code return_lines}.
 * Publishes {@link io.aisle.returns.ReturnStatusChanged} inside the changing transaction.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "ordering", "platform" })
package io.aisle.returns;

import org.springframework.modulith.ApplicationModule;
