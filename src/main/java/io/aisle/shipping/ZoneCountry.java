package io.aisle.shipping;

/** A zone entry: a country (ISO 3166 two-letter code), narrowed to one region code when {@code region} is set. */
public record ZoneCountry(String country, String region) {
}
