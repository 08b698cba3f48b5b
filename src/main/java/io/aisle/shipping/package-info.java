/**
 * Shipping: where the shop ships and how. Owns the tables {@code shipping_zones},
 * {@code shipping_zone_countries}, {@code shipping_methods} and {@code shipping_rate_bands}.
 * {@link io.aisle.shipping.ShippingService} prices the methods that apply to an address, a subtotal and a
 * weight (checkout and the public options endpoint); {@link io.aisle.shipping.ShippingZoneService} is the
 * admin's configuration of zones and methods. Zone matching: an entry with a region matches only that
 * region, an entry without one the whole country, and the most specific zone wins (region, then country,
 * then the rest-of-world zone). The configuration is read through a short cache: changes apply at once on
 * the instance that made them and within {@code aisle.shipping.cache-ttl} on the others.
 * Depends on the platform only (money, errors).
 */
@ApplicationModule(allowedDependencies = { "platform" })
package io.aisle.shipping;

import org.springframework.modulith.ApplicationModule;
