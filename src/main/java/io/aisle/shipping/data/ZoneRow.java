package io.aisle.shipping.data;

/** A row of {@code shipping_zones}. */
public record ZoneRow(long id, String name, boolean restOfWorld) {
}
