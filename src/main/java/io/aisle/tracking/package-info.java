/**
 * Behaviour tracking, the machine learning's raw data: sign-ins, product views, searches, cart changes,
 * checkouts, cancellations and reviews of signed-in customers. Owns {@code behavior_events}. Listens to
 * the other modules' events and writes in the background, in batches, so requests never wait for it.
 * {@link io.aisle.tracking.BehaviorImport} writes the events of an imported or simulated history in bulk.
 * {@link io.aisle.tracking.BehaviorSummaries} sums the events up per customer as of a cutoff for insights;
 * {@link io.aisle.tracking.ProductViews} tells recommendations what a customer looked at.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "ordering", "platform", "shopping" })
package io.aisle.tracking;

import org.springframework.modulith.ApplicationModule;
