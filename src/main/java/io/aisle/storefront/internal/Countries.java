package io.aisle.storefront.internal;

import io.aisle.platform.Countries.Country;
import io.aisle.platform.Countries.Region;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The platform's country data for templates ({@code ${@countries.all()}}, {@code ${@countries.regions('US')}}):
 * the address forms' country and region menus, and country names on order pages.
 */
@Component("countries")
public class Countries {

    public List<Country> all() {
        return io.aisle.platform.Countries.all();
    }

    /** The English name of the country with this code, or the code when it is not a country. */
    public String name(String code) {
        return io.aisle.platform.Countries.name(code);
    }

    /** The country's regions by name; empty when its addresses take a free-text region (or none). */
    public List<Region> regions(String country) {
        return io.aisle.platform.Countries.regions(country);
    }

    /** A postal code of the country, to show its format; null when any code goes. */
    public String postalCodeExample(String country) {
        return io.aisle.platform.Countries.postalCodeExample(country).orElse(null);
    }
}
