package io.aisle.lab.simulation;

import java.time.Instant;

/** One tracked interaction of a simulated customer. */
public record SimulatedEvent(long customerId, Instant at, SimulatedEventType type) {}
