package io.aisle.shipping.data;

/** A row of {@code shipping_zone_countries}; {@code region} is null for the whole country. */
public record CountryRow(long zoneId, String zoneName, String country, String region) {
}
