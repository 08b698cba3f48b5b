package io.aisle.shipping;

import io.aisle.platform.InvalidRequestException;

/** Checks of the free-text fields of zones and methods, and how zone entries read in messages. */
final class Text {

    private Text() {
    }

    /** The value stripped; a 400 naming {@code field} when it is blank or longer than {@code max}. */
    static String required(String field, String value, int max) {
        String clean = optional(field, value, max);
        if (clean == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return clean;
    }

    /** The value stripped, null when blank; a 400 naming {@code field} when it is longer than {@code max}. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidRequestException(field, "must be at most " + max + " characters");
        }
        return clean;
    }

    /** An entry as the admin writes it: {@code US} or {@code US-CA}. */
    static String entry(ZoneCountry entry) {
        return entry.region() == null ? entry.country() : entry.country() + "-" + entry.region();
    }
}
