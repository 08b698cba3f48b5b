package io.aisle.shipping;

import io.aisle.platform.InvalidRequestException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The country and region codes shipping accepts: ISO 3166 two-letter countries, short upper-case regions. */
final class Countries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Pattern REGION = Pattern.compile("[A-Z0-9]{1,10}");

    private Countries() {
    }

    /** The code stripped and upper-cased, or a 400 naming {@code field} when it is not an ISO 3166 country. */
    static String checked(String field, String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidRequestException(field, "is required");
        }
        if (!ISO.contains(code)) {
            throw new InvalidRequestException(field, "is '" + country.strip() + "', not an ISO 3166 two-letter country code");
        }
        return code;
    }

    static boolean isRegionCode(String region) {
        return REGION.matcher(region).matches();
    }
}
