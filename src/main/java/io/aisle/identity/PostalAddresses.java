package io.aisle.identity;

import io.aisle.platform.Countries;
import io.aisle.platform.InvalidRequestException;
import java.util.Locale;

/**
 * The one check of an address that comes in (profile, address book, checkout): fields stripped, blank
 * optional fields null, country and region in upper case, the country an ISO 3166-1 code, the region one of
 * the country's where {@link Countries#hasRegions} (a region's name is taken for its code: "California" is
 * CA), and the postal code in the country's format, written its usual way ({@code sw1a1aa} is
 * {@code SW1A 1AA}). Bean validation (required fields, lengths) comes first; this is what it cannot see.
 */
public final class PostalAddresses {

    private PostalAddresses() {
    }

    /**
     * The address, normalised.
     *
     * @throws InvalidRequestException naming the field ({@code country}, {@code region}, {@code postalCode})
     */
    public static PostalAddress normalize(PostalAddress address) {
        return normalize(address, "");
    }

    /** As {@link #normalize(PostalAddress)}, naming fields with this prefix, e.g. {@code shippingAddress.}. */
    public static PostalAddress normalize(PostalAddress address, String fieldPrefix) {
        String country = upper(address.country());
        if (country == null || !Countries.isCountry(country)) {
            throw new InvalidRequestException(fieldPrefix + "country", "must be an ISO 3166-1 alpha-2 country code, like US");
        }
        String postalCode = Countries.postalCode(country, address.postalCode())
                .orElseThrow(() -> new InvalidRequestException(fieldPrefix + "postalCode", postalCodeProblem(country)));
        return new PostalAddress(strip(address.fullName()), strip(address.company()), strip(address.line1()),
                strip(address.line2()), strip(address.city()), region(country, address.region(), fieldPrefix),
                postalCode, country, strip(address.phone()));
    }

    private static String region(String country, String region, String fieldPrefix) {
        String given = upper(region);
        if (!Countries.hasRegions(country)) {
            return given;
        }
        if (given == null) {
            throw new InvalidRequestException(fieldPrefix + "region",
                    "is required for " + Countries.name(country) + ": a state or province code, like "
                            + Countries.regions(country).get(0).code());
        }
        return Countries.region(country, given).map(Countries.Region::code).orElseThrow(() ->
                new InvalidRequestException(fieldPrefix + "region", "is not a state or province of "
                        + Countries.name(country) + " (use its code, like " + Countries.regions(country).get(0).code() + ")"));
    }

    private static String postalCodeProblem(String country) {
        return Countries.postalCodeExample(country)
                .map(example -> "is not a postal code of " + Countries.name(country) + " (like " + example + ")")
                .orElse("must have 1 to 20 characters");
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String stripped = strip(value);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }
}
