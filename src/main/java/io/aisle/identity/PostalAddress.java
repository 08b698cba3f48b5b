package io.aisle.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address. {@code country} is an ISO 3166-1 alpha-2 code such as US or DE; {@code region} is the
 * state, province or county code where the country has them (for example CA for California); {@code company},
 * {@code line2}, {@code region} and {@code phone} are optional.
 */
public record PostalAddress(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String company,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String region,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
        @Size(max = 40) String phone) {

    /** An address without company, region or phone. */
    public static PostalAddress of(String fullName, String line1, String line2, String city, String postalCode,
            String country) {
        return new PostalAddress(fullName, null, line1, line2, city, null, postalCode, country, null);
    }
}
