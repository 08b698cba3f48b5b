/**
 * Cross-cutting pieces every module stands on: the embedded database, security (JWT for the API),
 * RFC 9457 problem answers, the clock, and the request identity ({@link io.aisle.platform.CurrentUser}).
 * Its root package is its public face: the exceptions that services throw and the platform records.
 * Owns no tables.
 */
@ApplicationModule(allowedDependencies = {})
package io.aisle.platform;

import org.springframework.modulith.ApplicationModule;
