package io.aisle.storefront.account;

import io.aisle.identity.PostalAddress;
import io.aisle.identity.SavedAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An address of the address book as its form holds it; {@code makeDefault} is the "use as default" box. */
public record AddressForm(
        @NotBlank(message = "Enter the name of the person receiving the parcel.") @Size(max = 200, message = "At most 200 characters.") String fullName,
        @Size(max = 200, message = "At most 200 characters.") String company,
        @NotBlank(message = "Enter the street and house number.") @Size(max = 200, message = "At most 200 characters.") String line1,
        @Size(max = 200, message = "At most 200 characters.") String line2,
        @NotBlank(message = "Enter the city.") @Size(max = 100, message = "At most 100 characters.") String city,
        @Size(max = 100, message = "At most 100 characters.") String region,
        @NotBlank(message = "Enter the postal code.") @Size(max = 20, message = "At most 20 characters.") String postalCode,
        @NotBlank(message = "Choose a country.") @Pattern(regexp = "[A-Za-z]{2}", message = "Choose a country from the list.") String country,
        @Size(max = 40, message = "At most 40 characters.")
        @Pattern(regexp = "[0-9+()\\-. ]*", message = "Use only digits, spaces and + ( ) - .") String phone,
        Boolean makeDefault) {

    static AddressForm blank(String fullName, String country) {
        return new AddressForm(fullName, "", "", "", "", "", "", country, "", false);
    }

    static AddressForm of(SavedAddress saved) {
        PostalAddress a = saved.address();
        return new AddressForm(a.fullName(), a.company(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(),
                a.country(), a.phone(), saved.isDefault());
    }

    /** Whether the "use as default" box is ticked (an unticked box sends nothing). */
    boolean isDefaultWanted() {
        return Boolean.TRUE.equals(makeDefault);
    }

    PostalAddress address() {
        return new PostalAddress(fullName, company, line1, line2, city, region, postalCode, country, phone);
    }
}
