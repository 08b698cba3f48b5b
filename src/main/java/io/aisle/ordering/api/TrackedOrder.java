package io.aisle.ordering.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.aisle.ordering.Order;
import io.aisle.ordering.Shipment;
import java.util.List;

/** An order as the API shows one order: its fields, plus how it left the shop ({@code shipments}, empty until it ships). */
record TrackedOrder(@JsonUnwrapped Order order, List<Shipment> shipments) {
}
